import { formatVietnamese, type LocalDate } from '../calendar/local-date.js';
import { DEFAULT_SUB_UNIT_BOUNDS, type SubUnitBounds } from './plan-model.js';
import { type PlanningIssue, type PlanningResult, planningIssue, resultOf } from './planning-issue.js';
import type { PlanningUnit } from './unit-lookup.js';

export type TargetSubUnitsIssueCode =
  | 'sub_units_on_non_district'
  | 'sub_units_out_of_bounds'
  | 'sub_unit_not_child'
  | 'sub_unit_not_commune'
  | 'sub_unit_duplicate';

export interface TargetSubUnitsInput {
  targetUnit: PlanningUnit;
  subUnits: readonly PlanningUnit[];
  /** The plan's bounds; {min: 2, max: 3} when the plan sets none (seed III.1). */
  bounds?: SubUnitBounds;
  /** Child id → parent id as at the plan's date (see `parentLookup`). */
  parentOf: ReadonlyMap<string, string>;
  /** The plan's date, named in the messages. */
  asAt: LocalDate;
}

/**
 * Whether a target carries the right communes: a district carries between `bounds.min` and
 * `bounds.max` of its own communes, each once; any other unit carries none (after 1/7/2025
 * there are no districts, so a 2026 plan's targets carry nothing).
 * @example
 *   checkTargetSubUnits({ targetUnit: taySon, subUnits: [binhTuong, tayGiang], parentOf, asAt })
 *   // { ok: true }
 */
export function checkTargetSubUnits(input: TargetSubUnitsInput): PlanningResult<TargetSubUnitsIssueCode> {
  const { targetUnit, subUnits, parentOf, asAt } = input;
  const bounds = input.bounds ?? DEFAULT_SUB_UNIT_BOUNDS;
  const issues: PlanningIssue<TargetSubUnitsIssueCode>[] = [];

  if (targetUnit.kind !== 'district') {
    if (subUnits.length > 0) {
      issues.push(
        planningIssue(
          'sub_units_on_non_district',
          `${targetUnit.name} không phải đơn vị cấp huyện nên không kèm đơn vị cấp xã; hãy bỏ ${subUnits.length} đơn vị cấp xã đã chọn hoặc chọn các xã đó làm đối tượng riêng.`,
          { field: 'subUnits', unitIds: [targetUnit.id, ...subUnits.map((s) => s.id)] },
        ),
      );
    }
    return resultOf(issues);
  }

  const seen = new Set<string>();
  for (const sub of subUnits) {
    if (seen.has(sub.id)) {
      issues.push(
        planningIssue(
          'sub_unit_duplicate',
          `${sub.name} được chọn hai lần cho ${targetUnit.name}; hãy bỏ bớt một lần.`,
          {
            field: 'subUnits',
            unitIds: [sub.id],
          },
        ),
      );
      continue;
    }
    seen.add(sub.id);
    if (parentOf.get(sub.id) !== targetUnit.id) {
      issues.push(
        planningIssue(
          'sub_unit_not_child',
          `${sub.name} không thuộc ${targetUnit.name} tại ngày ${formatVietnamese(asAt)}; hãy chọn đơn vị cấp xã của ${targetUnit.name}.`,
          { field: 'subUnits', unitIds: [sub.id, targetUnit.id] },
        ),
      );
    } else if (sub.kind !== 'commune') {
      issues.push(
        planningIssue(
          'sub_unit_not_commune',
          `${sub.name} không phải đơn vị cấp xã; chỉ chọn xã, phường, thị trấn của ${targetUnit.name}.`,
          { field: 'subUnits', unitIds: [sub.id] },
        ),
      );
    }
  }

  const count = seen.size;
  if (count < bounds.min || count > bounds.max) {
    const allowed = bounds.min === bounds.max ? `đúng ${bounds.min}` : `từ ${bounds.min} đến ${bounds.max}`;
    const chosen =
      count === 0 ? 'chưa có đơn vị cấp xã nào được chọn' : `có ${count} đơn vị cấp xã được chọn`;
    issues.push(
      planningIssue(
        'sub_units_out_of_bounds',
        `${targetUnit.name} ${chosen}; kế hoạch cho phép ${allowed}.`,
        {
          field: 'subUnits',
          unitIds: [targetUnit.id],
        },
      ),
    );
  }
  return resultOf(issues);
}
