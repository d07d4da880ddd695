import { formatVietnamese, type LocalDate } from '../calendar/local-date.js';
import type { OrgUnitKind } from '../org/org-unit.js';
import {
  INSPECTION_KIND_LABELS,
  INSPECTION_KINDS,
  type InspectionKind,
  TARGET_GROUP_LABELS,
  TARGET_GROUPS,
  type TargetGroup,
} from '../plan/vocabulary.js';
import { z } from '../validation/zod-vi.js';
import type { SubUnitBounds } from './plan-model.js';
import { type PlanningIssue, planningIssue } from './planning-issue.js';
import { checkTargetSubUnits } from './target-sub-units.js';
import { nameKey, type PlanningUnit } from './unit-lookup.js';

/** The columns of the target spreadsheet, as their headers read. */
export const TARGET_IMPORT_COLUMNS = {
  unitName: 'Đơn vị',
  unitCode: 'Mã đơn vị',
  kind: 'Loại kiểm tra',
  group: 'Nhóm đối tượng',
  subUnits: 'Đơn vị cấp xã',
  teamName: 'Đoàn kiểm tra',
} as const;
export type TargetImportColumn = keyof typeof TARGET_IMPORT_COLUMNS;

export type TargetImportIssueCode =
  | 'import_empty'
  | 'row_invalid'
  | 'unit_missing'
  | 'unit_not_found'
  | 'unit_ambiguous'
  | 'unit_code_name_mismatch'
  | 'kind_missing'
  | 'kind_invalid'
  | 'group_missing'
  | 'group_invalid'
  | 'group_kind_mismatch'
  | 'group_unit_mismatch'
  | 'sub_unit_not_found'
  | 'sub_units_on_non_district'
  | 'sub_units_out_of_bounds'
  | 'sub_unit_not_child'
  | 'sub_unit_not_commune'
  | 'sub_unit_duplicate'
  | 'team_not_found'
  | 'duplicate_in_file';

/** An Excel cell read as text: numbers (a unit code typed as a number) become strings, blanks ''. */
const cell = z
  .union([z.string(), z.number()], { error: 'Ô phải chứa chữ hoặc số.' })
  .nullish()
  .transform((v) => (v === null || v === undefined ? '' : String(v).normalize('NFC').trim()));

/** zod schema of one spreadsheet row, as the API reads it with exceljs. */
export const targetImportRowSchema = z.object({
  rowNumber: z
    .number({ error: 'Thiếu số dòng.' })
    .int({ error: 'Số dòng phải là số nguyên.' })
    .min(1, { error: 'Số dòng phải từ 1 trở lên.' }),
  unitName: cell,
  unitCode: cell,
  kind: cell,
  group: cell,
  subUnits: cell,
  teamName: cell,
});
export type TargetImportRowInput = z.input<typeof targetImportRowSchema>;
export type TargetImportRow = z.output<typeof targetImportRowSchema>;

/** An org unit as it stood on the plan's date, with what the import matches it by. */
export interface ImportOrgUnit extends PlanningUnit {
  code?: string | null;
  parentId: string | null;
}

export interface TargetImportContext {
  /** The plan's date: the catalogue the names are looked up in. */
  asAt: LocalDate;
  /** The org units as at `asAt`. */
  units: readonly ImportOrgUnit[];
  teams: readonly { id: string; name: string }[];
  bounds?: SubUnitBounds;
}

export interface ImportedTarget {
  unitId: string;
  unitName: string;
  kind: InspectionKind;
  group: TargetGroup;
  subUnits: { id: string; name: string }[];
  teamId: string | null;
}

export type TargetRowVerdict =
  | { rowNumber: number; ok: true; target: ImportedTarget }
  | { rowNumber: number; ok: false; errors: PlanningIssue<TargetImportIssueCode>[] };

export interface TargetImportResult {
  /** One verdict per row, in the file's order. */
  rows: TargetRowVerdict[];
  /** Problems of the file as a whole (no rows at all). */
  fileIssues: PlanningIssue<TargetImportIssueCode>[];
  errorCount: number;
}

const KIND_WORDS: Record<InspectionKind, readonly string[]> = {
  comprehensive: ['Toàn diện'],
  thematic: ['Chuyên đề'],
  ad_hoc: ['Đột xuất'],
};
const KIND_BY_KEY = new Map<string, InspectionKind>(
  INSPECTION_KINDS.flatMap((k) =>
    [k, INSPECTION_KIND_LABELS[k], ...KIND_WORDS[k]].map((w) => [nameKey(w), k] as const),
  ),
);
const GROUP_BY_KEY = new Map<string, TargetGroup>(
  TARGET_GROUPS.flatMap((g) => [g, TARGET_GROUP_LABELS[g]].map((w) => [nameKey(w), g] as const)),
);

// A commune is written as "Xã Bình Tường", "Bình Tường" or "Ủy ban nhân dân xã Bình Tường" (the
// unit inspected is its People's Committee); all three name the same unit.
const COMMUNE_PREFIX = /^(ủy ban nhân dân |ubnd )?(xã|phường|thị trấn) /u;
const bareKey = (name: string) => nameKey(name).replace(COMMUNE_PREFIX, '');

/** Which unit kinds a group's targets must be (seed III.1); groups not listed take any kind. */
const GROUP_UNIT_KIND: Partial<Record<TargetGroup, OrgUnitKind>> = {
  district_comprehensive: 'district',
  district_thematic: 'district',
};
/** Which inspection kind a group implies (seed III.1.a, III.1.b, II.1.c). */
const GROUP_KIND: Partial<Record<TargetGroup, InspectionKind>> = {
  district_comprehensive: 'comprehensive',
  district_thematic: 'thematic',
  ad_hoc: 'ad_hoc',
};

/**
 * Checks every row of an imported target list against the catalogue as at the plan's date, the
 * plan's teams and bounds, and the other rows; returns every row's verdict, nothing saved.
 * @example
 *   validateTargetRows([{ rowNumber: 2, unitName: 'Huyện Tây Sơn', kind: 'Toàn diện',
 *     group: 'Khối Ủy ban nhân dân cấp huyện', subUnits: 'Xã Bình Tường; Xã Tây Giang' }], context)
 *   .rows[0].ok // true
 */
export function validateTargetRows(
  rows: readonly TargetImportRowInput[],
  context: TargetImportContext,
): TargetImportResult {
  const byKey = new Map<string, ImportOrgUnit[]>();
  const byCode = new Map<string, ImportOrgUnit>();
  const parentOf = new Map<string, string>();
  const childrenOf = new Map<string, ImportOrgUnit[]>();
  for (const u of context.units) {
    const key = nameKey(u.name);
    byKey.set(key, [...(byKey.get(key) ?? []), u]);
    if (u.code) byCode.set(nameKey(u.code), u);
    if (u.parentId !== null) {
      parentOf.set(u.id, u.parentId);
      childrenOf.set(u.parentId, [...(childrenOf.get(u.parentId) ?? []), u]);
    }
  }
  const teamByKey = new Map(context.teams.map((t) => [nameKey(t.name), t]));
  const asAtText = formatVietnamese(context.asAt);
  /** Where each unit first appeared in the file. */
  const firstSeen = new Map<string, { rowNumber: number; as: string }>();

  const verdicts = rows.map((raw, index): TargetRowVerdict => {
    const parsed = targetImportRowSchema.safeParse(raw);
    const fallbackRow = typeof raw.rowNumber === 'number' ? raw.rowNumber : index + 2;
    if (!parsed.success) {
      return {
        rowNumber: fallbackRow,
        ok: false,
        errors: parsed.error.issues.map((zi) => {
          const column = String(zi.path[0] ?? '');
          const label =
            column in TARGET_IMPORT_COLUMNS ? TARGET_IMPORT_COLUMNS[column as TargetImportColumn] : column;
          return planningIssue('row_invalid', `Dòng ${fallbackRow}, cột ${label}: ${zi.message}`, {
            field: column,
          });
        }),
      };
    }
    const row = parsed.data;
    const errors: PlanningIssue<TargetImportIssueCode>[] = [];
    const fail = (
      code: TargetImportIssueCode,
      column: TargetImportColumn,
      text: string,
      unitIds?: string[],
    ) => {
      errors.push(
        planningIssue(code, `Dòng ${row.rowNumber}, cột ${TARGET_IMPORT_COLUMNS[column]}: ${text}`, {
          field: column,
          ...(unitIds ? { unitIds } : {}),
        }),
      );
    };

    // The unit, by code or by name; both must agree when both are given.
    let unit: ImportOrgUnit | undefined;
    if (row.unitName === '' && row.unitCode === '') {
      fail('unit_missing', 'unitName', 'hãy nhập tên hoặc mã đơn vị được kiểm tra.');
    } else {
      let byCodeUnit: ImportOrgUnit | undefined;
      if (row.unitCode !== '') {
        byCodeUnit = byCode.get(nameKey(row.unitCode));
        if (byCodeUnit === undefined) {
          fail(
            'unit_not_found',
            'unitCode',
            `không tìm thấy đơn vị có mã '${row.unitCode}' trong danh mục tại ngày ${asAtText}.`,
          );
        }
      }
      let byNameUnit: ImportOrgUnit | undefined;
      if (row.unitName !== '') {
        const matches = byKey.get(nameKey(row.unitName)) ?? [];
        if (matches.length === 0) {
          fail(
            'unit_not_found',
            'unitName',
            `không tìm thấy đơn vị '${row.unitName}' trong danh mục tại ngày ${asAtText}.`,
          );
        } else if (matches.length > 1 && byCodeUnit === undefined) {
          fail(
            'unit_ambiguous',
            'unitName',
            `có ${matches.length} đơn vị cùng tên '${row.unitName}' trong danh mục; hãy ghi mã đơn vị ở cột ${TARGET_IMPORT_COLUMNS.unitCode}.`,
            matches.map((m) => m.id),
          );
        } else {
          byNameUnit = matches.find((m) => m.id === byCodeUnit?.id) ?? matches[0];
        }
      }
      if (byCodeUnit && byNameUnit && byCodeUnit.id !== byNameUnit.id) {
        fail(
          'unit_code_name_mismatch',
          'unitCode',
          `mã '${row.unitCode}' là của ${byCodeUnit.name}, không phải '${row.unitName}'; hãy sửa tên hoặc mã cho khớp.`,
          [byCodeUnit.id, byNameUnit.id],
        );
      } else {
        unit = byCodeUnit ?? byNameUnit;
      }
    }

    const kind = row.kind === '' ? undefined : KIND_BY_KEY.get(nameKey(row.kind));
    if (row.kind === '') {
      fail('kind_missing', 'kind', 'hãy ghi loại kiểm tra: Toàn diện, Chuyên đề hoặc Đột xuất.');
    } else if (kind === undefined) {
      fail(
        'kind_invalid',
        'kind',
        `'${row.kind}' không phải loại kiểm tra; hãy ghi Toàn diện, Chuyên đề hoặc Đột xuất.`,
      );
    }

    const group = row.group === '' ? undefined : GROUP_BY_KEY.get(nameKey(row.group));
    const groupList = TARGET_GROUPS.map((g) => TARGET_GROUP_LABELS[g]).join('; ');
    if (row.group === '') {
      fail('group_missing', 'group', `hãy ghi nhóm đối tượng, một trong: ${groupList}.`);
    } else if (group === undefined) {
      fail(
        'group_invalid',
        'group',
        `'${row.group}' không phải nhóm đối tượng; hãy ghi một trong: ${groupList}.`,
      );
    }
    if (group !== undefined && kind !== undefined) {
      const implied = GROUP_KIND[group];
      const kindIsAdHoc = kind === 'ad_hoc';
      if ((implied !== undefined && implied !== kind) || (implied === undefined && kindIsAdHoc)) {
        fail(
          'group_kind_mismatch',
          'kind',
          `nhóm '${TARGET_GROUP_LABELS[group]}' không đi với loại '${INSPECTION_KIND_LABELS[kind]}'${implied ? `; nhóm này là ${INSPECTION_KIND_LABELS[implied].toLowerCase()}` : ''}.`,
        );
      }
    }
    const requiredUnitKind = group === undefined ? undefined : GROUP_UNIT_KIND[group];
    if (unit && group && requiredUnitKind !== undefined && unit.kind !== requiredUnitKind) {
      fail(
        'group_unit_mismatch',
        'group',
        `${unit.name} không phải đơn vị cấp huyện nên không thuộc nhóm '${TARGET_GROUP_LABELS[group]}'.`,
        [unit.id],
      );
    }

    // The communes a district carries, looked up among its own children first.
    const subNames = row.subUnits
      .split(/[,;]/u)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const subUnits: ImportOrgUnit[] = [];
    if (unit) {
      if (unit.kind !== 'district' && subNames.length > 0) {
        const result = checkTargetSubUnits({
          targetUnit: unit,
          subUnits: subNames.map((name, i) => ({ id: `?${i}`, name, kind: 'commune' })),
          parentOf,
          asAt: context.asAt,
          ...(context.bounds ? { bounds: context.bounds } : {}),
        });
        if (!result.ok) for (const si of result.issues) fail(si.code, 'subUnits', si.message, [unit.id]);
      } else if (unit.kind === 'district') {
        const children = childrenOf.get(unit.id) ?? [];
        let unresolved = 0;
        for (const name of subNames) {
          const found =
            children.find((c) => nameKey(c.name) === nameKey(name)) ??
            children.find((c) => bareKey(c.name) === bareKey(name)) ??
            singleOrUndefined(byKey.get(nameKey(name)));
          if (found) subUnits.push(found);
          else {
            unresolved++;
            fail(
              'sub_unit_not_found',
              'subUnits',
              `không tìm thấy '${name}' trong các đơn vị cấp xã của ${unit.name} tại ngày ${asAtText}.`,
              [unit.id],
            );
          }
        }
        const result = checkTargetSubUnits({
          targetUnit: unit,
          subUnits,
          parentOf,
          asAt: context.asAt,
          ...(context.bounds ? { bounds: context.bounds } : {}),
        });
        if (!result.ok) {
          for (const si of result.issues) {
            // With a name not found, only the count of names typed says whether the bounds hold.
            if (si.code === 'sub_units_out_of_bounds' && unresolved > 0) {
              const distinct = new Set(subNames.map(nameKey)).size;
              const bounds = context.bounds ?? { min: 2, max: 3 };
              if (distinct >= bounds.min && distinct <= bounds.max) continue;
            }
            fail(si.code, 'subUnits', si.message, si.unitIds);
          }
        }
      }
    }

    let teamId: string | null = null;
    if (row.teamName !== '') {
      const team = teamByKey.get(nameKey(row.teamName));
      if (team) teamId = team.id;
      else {
        const names = context.teams.map((t) => t.name).join('; ');
        fail(
          'team_not_found',
          'teamName',
          `kế hoạch không có đoàn '${row.teamName}'${names ? `; các đoàn của kế hoạch: ${names}` : '; kế hoạch chưa có đoàn kiểm tra nào'}.`,
        );
      }
    }

    // A unit named twice in the file, as a target or as a commune (seed I.2: no duplication).
    if (unit) {
      const mentioned: [ImportOrgUnit, TargetImportColumn, string][] = [
        [unit, 'unitName', kind ? `đối tượng ${INSPECTION_KIND_LABELS[kind].toLowerCase()}` : 'đối tượng'],
        ...subUnits.map((s): [ImportOrgUnit, TargetImportColumn, string] => [
          s,
          'subUnits',
          `đơn vị cấp xã của ${unit?.name ?? ''}`,
        ]),
      ];
      for (const [u, column, as] of mentioned) {
        const earlier = firstSeen.get(u.id);
        if (earlier && earlier.rowNumber !== row.rowNumber) {
          fail(
            'duplicate_in_file',
            column,
            `${u.name} đã có ở dòng ${earlier.rowNumber} (${earlier.as}); mỗi đơn vị chỉ ghi một lần.`,
            [u.id],
          );
        } else if (!earlier) firstSeen.set(u.id, { rowNumber: row.rowNumber, as });
      }
    }

    if (errors.length > 0 || unit === undefined || kind === undefined || group === undefined) {
      return { rowNumber: row.rowNumber, ok: false, errors };
    }
    return {
      rowNumber: row.rowNumber,
      ok: true,
      target: {
        unitId: unit.id,
        unitName: unit.name,
        kind,
        group,
        subUnits: subUnits.map((s) => ({ id: s.id, name: s.name })),
        teamId,
      },
    };
  });

  const fileIssues =
    rows.length === 0
      ? [
          planningIssue<TargetImportIssueCode>(
            'import_empty',
            'Tệp không có dòng đối tượng nào; hãy kiểm tra lại tệp.',
          ),
        ]
      : [];
  const errorCount = fileIssues.length + verdicts.reduce((n, v) => n + (v.ok ? 0 : v.errors.length), 0);
  return { rows: verdicts, fileIssues, errorCount };
}

/**
 * Nothing is saved while an error remains (issue 4: "nothing is saved while an error remains").
 * @example canSaveImport(validateTargetRows(rows, context)) // false when any row has an error
 */
export function canSaveImport(result: TargetImportResult): boolean {
  return result.fileIssues.length === 0 && result.rows.length > 0 && result.rows.every((r) => r.ok);
}

function singleOrUndefined<T>(list: readonly T[] | undefined): T | undefined {
  return list !== undefined && list.length === 1 ? list[0] : undefined;
}
