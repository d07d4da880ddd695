import { formatVietnamese, parseIsoDate } from '../calendar/local-date.js';
import type { IsoDate } from '../org/org-unit.js';
import { successorsAsAt, type UnitSuccession } from '../org/unit-successions.js';
import { type PlanningIssue, planningIssue } from '../planning/planning-issue.js';
import { unitHasCeased } from './account-rules.js';

export type AccountMoveIssueCode = 'unit_not_ceased' | 'not_a_successor';

/**
 * Whether the accounts of a ceased unit may all move to `toUnitId` on `today`: the unit has ceased
 * and the target is one of its successors as the register reads them that day (a merged commune's
 * officers go to the new commune; after a split the administrator picks which successor).
 * @example checkAccountsMove({ from: { name: 'UBND xã A', validTo: '2025-06-30' }, fromUnitId: 'a', toUnitId: 'c', successions, today: '2025-07-01' }) // []
 */
export function checkAccountsMove(input: {
  from: { name: string; validTo: IsoDate | null };
  fromUnitId: string;
  toUnitId: string;
  toName: string;
  successions: readonly UnitSuccession[];
  today: IsoDate;
}): PlanningIssue<AccountMoveIssueCode>[] {
  const { from, today } = input;
  if (!unitHasCeased(from, today)) {
    return [
      planningIssue(
        'unit_not_ceased',
        `${from.name} vẫn đang hoạt động: chỉ chuyển cả tài khoản của một đơn vị đã chấm dứt hoạt động sang đơn vị kế thừa; với đơn vị đang hoạt động, hãy sửa từng tài khoản.`,
        { field: 'fromUnitId' },
      ),
    ];
  }
  if (!successorsAsAt(input.fromUnitId, today, input.successions).includes(input.toUnitId)) {
    return [
      planningIssue(
        'not_a_successor',
        `${input.toName} không phải là đơn vị kế thừa của ${from.name} tại ngày ${formatVietnamese(parseIsoDate(today))}; hãy ghi đơn vị kế thừa ở trang của đơn vị trước.`,
        { field: 'toUnitId' },
      ),
    ];
  }
  return [];
}
