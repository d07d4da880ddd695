import { formatVietnamese, parseIsoDate } from '../calendar/local-date.js';
import { type IsoDate, isValidOn } from '../org/org-unit.js';
import type { SuccessionUnit } from '../org/unit-successions.js';
import type { PlanTarget } from './plan-model.js';
import { type PlanningIssue, type PlanningResult, planningIssue, resultOf } from './planning-issue.js';

export type TargetExistenceIssueCode = 'target_not_existing_on_date' | 'sub_unit_not_existing_on_date';

/**
 * Whether every target of a plan, and every commune a target carries, exists on the plan's date:
 * the check `targets.add` makes, applied to copied and imported targets before publishing.
 * @example checkTargetsExistOn(plan2027.targets, '2027-04-01', units) // refused: UBND huyện Tây Sơn ceased
 */
export function checkTargetsExistOn(
  targets: readonly PlanTarget[],
  date: IsoDate,
  units: readonly SuccessionUnit[],
): PlanningResult<TargetExistenceIssueCode> {
  const issues: PlanningIssue<TargetExistenceIssueCode>[] = [];
  const day = formatVietnamese(parseIsoDate(date));
  const exists = (id: string) => {
    const u = units.find((x) => x.id === id);
    return u !== undefined && isValidOn(u, date);
  };
  targets.forEach((t, index) => {
    if (!exists(t.unitId)) {
      issues.push(
        planningIssue(
          'target_not_existing_on_date',
          `${t.unitName} không tồn tại tại ngày ${day} của kế hoạch; hãy thay bằng đơn vị kế thừa hoặc bỏ đối tượng này trước khi ban hành.`,
          { field: `targets.${index}.orgUnitId`, unitIds: [t.unitId] },
        ),
      );
    }
    for (const s of t.subUnits) {
      if (exists(s.id)) continue;
      issues.push(
        planningIssue(
          'sub_unit_not_existing_on_date',
          `${s.name} (thuộc đối tượng ${t.unitName}) không tồn tại tại ngày ${day} của kế hoạch; hãy chọn lại đơn vị cấp xã trước khi ban hành.`,
          { field: `targets.${index}.subUnitIds`, unitIds: [s.id] },
        ),
      );
    }
  });
  return resultOf(issues);
}
