import { addDays, formatVietnamese, parseIsoDate, toIsoDate } from '../calendar/local-date.js';
import {
  type PlanningIssue,
  type PlanningResult,
  planningIssue,
  resultOf,
} from '../planning/planning-issue.js';
import { adminCodeIssue, electronicIdIssue } from './official-codes.js';
import {
  type IsoDate,
  isValidOn,
  nameAsAt,
  type OrgUnitKind,
  type ParentLink,
  type UnitRename,
} from './org-unit.js';
import {
  COMMUNE_TYPE_VERSIONS,
  type CommuneType,
  communeTypeExistsOn,
  kindExistsOn,
  orgUnitKindLabel,
} from './unit-kinds.js';

export type RegisterIssueCode =
  | 'kind_not_existing_on_date'
  | 'commune_type_missing'
  | 'commune_type_not_existing_on_date'
  | 'commune_type_on_non_commune'
  | 'admin_code_invalid'
  | 'admin_code_duplicate'
  | 'electronic_id_invalid'
  | 'electronic_id_duplicate'
  | 'parent_missing'
  | 'parent_on_province'
  | 'parent_not_found'
  | 'parent_not_existing_on_date'
  | 'parent_kind_mismatch'
  | 'parent_cycle'
  | 'parent_unchanged'
  | 'unit_not_existing_on_date'
  | 'date_not_after_last_change'
  | 'name_unchanged'
  | 'children_still_attached';
export type RegisterIssue = PlanningIssue<RegisterIssueCode>;

/** One unit of the register with everything that changes over time. */
export interface RegisterUnit {
  id: string;
  name: string;
  kind: OrgUnitKind;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  adminCode: string | null;
  electronicId: string | null;
}

/** The whole register of a province: every unit, parent link and rename ever recorded. */
export interface RegisterHistory {
  units: readonly RegisterUnit[];
  links: readonly ParentLink[];
  renames: readonly UnitRename[];
}

const dayBefore = (date: IsoDate): IsoDate => toIsoDate(addDays(parseIsoDate(date), -1));
const vn = (date: IsoDate) => formatVietnamese(parseIsoDate(date));

/** Which kinds a unit's parent may be; kinds not listed may sit under any unit. */
const PARENT_KINDS: Partial<Record<OrgUnitKind, readonly OrgUnitKind[]>> = {
  department: ['province'],
  district: ['province'],
  commune: ['district', 'province'],
};

/** The parent a unit had on `date`, if any. */
export function parentOn(history: RegisterHistory, unitId: string, date: IsoDate): string | null {
  return history.links.find((l) => l.orgUnitId === unitId && isValidOn(l, date))?.parentId ?? null;
}

/**
 * The last day on which something about the unit took effect (its creation, a rename, a new
 * parent). A later change must take effect after it: a change never rewrites what an earlier date reads.
 */
export function lastChangeOf(history: RegisterHistory, unit: RegisterUnit): IsoDate {
  let last = unit.validFrom;
  for (const r of history.renames) if (r.orgUnitId === unit.id && r.validFrom > last) last = r.validFrom;
  for (const l of history.links) if (l.orgUnitId === unit.id && l.validFrom > last) last = l.validFrom;
  return last;
}

export interface NewUnitFacts {
  name: string;
  kind: OrgUnitKind;
  communeType: CommuneType | null;
  adminCode: string | null;
  electronicId: string | null;
  parentId: string | null;
  effectiveFrom: IsoDate;
}

function codeIssues(history: RegisterHistory, facts: NewUnitFacts, selfId: string | null): RegisterIssue[] {
  const issues: RegisterIssue[] = [];
  if (facts.adminCode !== null) {
    const shape = adminCodeIssue(facts.kind, facts.adminCode);
    if (shape) issues.push(planningIssue('admin_code_invalid', shape.message, { field: 'adminCode' }));
    const taken = history.units.find((u) => u.id !== selfId && u.adminCode === facts.adminCode);
    if (taken)
      issues.push(
        planningIssue(
          'admin_code_duplicate',
          `Mã đơn vị hành chính ${facts.adminCode} đã là mã của ${taken.name}; mỗi mã chỉ dùng cho một đơn vị, kể cả đơn vị đã giải thể.`,
          { field: 'adminCode', unitIds: [taken.id] },
        ),
      );
  }
  if (facts.electronicId !== null) {
    const shape = electronicIdIssue(facts.electronicId);
    if (shape) issues.push(planningIssue('electronic_id_invalid', shape.message, { field: 'electronicId' }));
    const taken = history.units.find((u) => u.id !== selfId && u.electronicId === facts.electronicId);
    if (taken)
      issues.push(
        planningIssue(
          'electronic_id_duplicate',
          `Mã định danh điện tử ${facts.electronicId} đã là mã của ${taken.name}.`,
          { field: 'electronicId', unitIds: [taken.id] },
        ),
      );
  }
  return issues;
}

function parentIssues(
  history: RegisterHistory,
  kind: OrgUnitKind,
  parentId: string | null,
  date: IsoDate,
): RegisterIssue[] {
  if (kind === 'province') {
    return parentId === null
      ? []
      : [
          planningIssue(
            'parent_on_province',
            'Tỉnh là cấp cao nhất của danh mục, không có đơn vị cấp trên.',
            { field: 'parentId' },
          ),
        ];
  }
  if (parentId === null) {
    return [planningIssue('parent_missing', 'Hãy chọn đơn vị cấp trên.', { field: 'parentId' })];
  }
  const parent = history.units.find((u) => u.id === parentId);
  if (!parent)
    return [
      planningIssue('parent_not_found', 'Không tìm thấy đơn vị cấp trên đã chọn.', { field: 'parentId' }),
    ];
  if (!isValidOn(parent, date)) {
    return [
      planningIssue(
        'parent_not_existing_on_date',
        `${nameAsAt(parent, history.renames, date)} không còn tồn tại (hoặc chưa thành lập) tại ngày ${vn(date)}; hãy chọn đơn vị cấp trên khác.`,
        { field: 'parentId', unitIds: [parent.id] },
      ),
    ];
  }
  const allowed = PARENT_KINDS[kind];
  if (allowed && !allowed.includes(parent.kind)) {
    return [
      planningIssue(
        'parent_kind_mismatch',
        `Đơn vị loại "${orgUnitKindLabel(kind, date)}" phải trực thuộc ${allowed.map((k) => `"${orgUnitKindLabel(k, date)}"`).join(' hoặc ')}, không thuộc ${nameAsAt(parent, history.renames, date)}.`,
        { field: 'parentId', unitIds: [parent.id] },
      ),
    ];
  }
  return [];
}

/**
 * Checks a new unit against the register: its kind and commune type exist on its effective date
 * (no district after 30/06/2025, no thị trấn after, no đặc khu before 01/07/2025), its codes are
 * well formed and nobody's else, its parent exists that day and may hold it.
 * @example checkNewUnit(history, { kind: 'district', effectiveFrom: '2026-01-01', … }) // refused: no district level
 */
export function checkNewUnit(
  history: RegisterHistory,
  facts: NewUnitFacts,
): PlanningResult<RegisterIssueCode> {
  const issues: RegisterIssue[] = [];
  const date = facts.effectiveFrom;
  if (!kindExistsOn(facts.kind, date)) {
    issues.push(
      planningIssue(
        'kind_not_existing_on_date',
        `Tại ngày ${vn(date)} không còn loại đơn vị "${orgUnitKindLabel(facts.kind, date)}" (từ 01/07/2025 chính quyền địa phương có hai cấp: tỉnh và xã).`,
        { field: 'kind' },
      ),
    );
  }
  if (facts.kind === 'commune') {
    if (facts.communeType === null) {
      issues.push(
        planningIssue('commune_type_missing', 'Hãy chọn xã, phường, thị trấn hay đặc khu.', {
          field: 'communeType',
        }),
      );
    } else if (!communeTypeExistsOn(facts.communeType, date)) {
      const type = COMMUNE_TYPE_VERSIONS[facts.communeType];
      issues.push(
        planningIssue(
          'commune_type_not_existing_on_date',
          type.validTo !== null
            ? `${type.label} chỉ có đến ngày ${vn(type.validTo)}; tại ngày ${vn(date)} đơn vị cấp xã là xã, phường hoặc đặc khu.`
            : `${type.label} chỉ có từ ngày ${vn(type.validFrom ?? date)}; tại ngày ${vn(date)} đơn vị cấp xã là xã, phường hoặc thị trấn.`,
          { field: 'communeType' },
        ),
      );
    }
  } else if (facts.communeType !== null) {
    issues.push(
      planningIssue(
        'commune_type_on_non_commune',
        'Chỉ đơn vị cấp xã mới là xã, phường, thị trấn hay đặc khu.',
        { field: 'communeType' },
      ),
    );
  }
  issues.push(...codeIssues(history, facts, null));
  issues.push(...parentIssues(history, facts.kind, facts.parentId, date));
  return resultOf(issues);
}

/** Checks new official codes given to an existing unit. */
export function checkUnitCodes(
  history: RegisterHistory,
  unit: RegisterUnit,
  codes: { adminCode: string | null; electronicId: string | null },
): PlanningResult<RegisterIssueCode> {
  return resultOf(
    codeIssues(
      history,
      {
        ...codes,
        name: unit.name,
        kind: unit.kind,
        communeType: null,
        parentId: null,
        effectiveFrom: unit.validFrom,
      },
      unit.id,
    ),
  );
}

/** Refuses a change to a unit that does not exist on its effective date, or that would take effect before the unit's last change. */
function timingIssues(
  history: RegisterHistory,
  unit: RegisterUnit,
  date: IsoDate,
  what: string,
): RegisterIssue[] {
  const name = nameAsAt(unit, history.renames, date);
  if (!isValidOn(unit, date)) {
    return [
      planningIssue(
        'unit_not_existing_on_date',
        `${name} không tồn tại tại ngày ${vn(date)} (tồn tại từ ${vn(unit.validFrom)}${unit.validTo ? ` đến ${vn(unit.validTo)}` : ''}); không thể ${what} từ ngày đó.`,
        { field: 'effectiveFrom', unitIds: [unit.id] },
      ),
    ];
  }
  const last = lastChangeOf(history, unit);
  if (date <= last) {
    return [
      planningIssue(
        'date_not_after_last_change',
        `Ngày hiệu lực phải sau ngày ${vn(last)}, ngày thay đổi gần nhất của ${name}: một thay đổi không được sửa lại những gì danh mục đã ghi cho các ngày trước.`,
        { field: 'effectiveFrom', unitIds: [unit.id] },
      ),
    ];
  }
  return [];
}

/** Checks a rename taking effect on `date`: the earlier name stays for every earlier date. */
export function checkRename(
  history: RegisterHistory,
  unit: RegisterUnit,
  newName: string,
  date: IsoDate,
): PlanningResult<RegisterIssueCode> {
  const issues = timingIssues(history, unit, date, 'đổi tên');
  if (issues.length === 0 && nameAsAt(unit, history.renames, date) === newName) {
    issues.push(
      planningIssue('name_unchanged', 'Tên mới trùng với tên hiện tại của đơn vị.', { field: 'name' }),
    );
  }
  return resultOf(issues);
}

/** Ids of `unitId` and every unit below it on `date`. */
function descendantsOn(history: RegisterHistory, unitId: string, date: IsoDate): Set<string> {
  const out = new Set<string>([unitId]);
  const current = history.links.filter((l) => isValidOn(l, date));
  let grew = true;
  while (grew) {
    grew = false;
    for (const l of current) {
      if (out.has(l.parentId) && !out.has(l.orgUnitId)) {
        out.add(l.orgUnitId);
        grew = true;
      }
    }
  }
  return out;
}

/** Checks moving a unit under another parent from `date`; the old link ends the day before. */
export function checkReparent(
  history: RegisterHistory,
  unit: RegisterUnit,
  newParentId: string,
  date: IsoDate,
): PlanningResult<RegisterIssueCode> {
  const issues = timingIssues(history, unit, date, 'chuyển đơn vị cấp trên');
  if (issues.length > 0) return resultOf(issues);
  if (parentOn(history, unit.id, date) === newParentId) {
    return resultOf([
      planningIssue('parent_unchanged', 'Đơn vị đã trực thuộc đơn vị cấp trên này.', { field: 'parentId' }),
    ]);
  }
  issues.push(...parentIssues(history, unit.kind, newParentId, date));
  if (issues.length === 0 && descendantsOn(history, unit.id, date).has(newParentId)) {
    issues.push(
      planningIssue('parent_cycle', 'Không thể đặt một đơn vị dưới chính đơn vị trực thuộc nó.', {
        field: 'parentId',
      }),
    );
  }
  return resultOf(issues);
}

/**
 * Checks closing a unit from `date` (the day it no longer exists; its last day is the day before).
 * Units still under it that day must be moved or closed first, and are named.
 */
export function checkClose(
  history: RegisterHistory,
  unit: RegisterUnit,
  date: IsoDate,
): PlanningResult<RegisterIssueCode> {
  const issues = timingIssues(history, unit, date, 'giải thể, chấm dứt hoạt động');
  if (issues.length > 0) return resultOf(issues);
  const children = history.links
    .filter((l) => l.parentId === unit.id && isValidOn(l, date))
    .map((l) => history.units.find((u) => u.id === l.orgUnitId))
    .filter((c): c is RegisterUnit => c !== undefined && isValidOn(c, date));
  if (children.length > 0) {
    issues.push(
      planningIssue(
        'children_still_attached',
        `Tại ngày ${vn(date)} còn ${children.length} đơn vị trực thuộc (${children
          .slice(0, 5)
          .map((c) => nameAsAt(c, history.renames, date))
          .join(', ')}${children.length > 5 ? ', …' : ''}); hãy chuyển hoặc chấm dứt các đơn vị này trước.`,
        { field: 'effectiveFrom', unitIds: children.map((c) => c.id) },
      ),
    );
  }
  return resultOf(issues);
}

/** The last day of a unit closed from `date`, and of its parent links that reach past it. */
export const lastDayBefore = dayBefore;
