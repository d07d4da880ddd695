import { idSchema } from '../validation/common.js';
import { z } from '../validation/zod-vi.js';
import { INSPECTION_STATUSES, type InspectionStatus } from './vocabulary.js';

/** The most visits one page of a list carries; the next page is asked for with its cursor. */
export const MAX_LIST_PAGE = 200;
export const DEFAULT_LIST_PAGE = 100;

/**
 * What a list of visits covers (inspections.list, reports.states): one plan, or one year's plans
 * (the current plans when neither is given, see isPlanCurrent), optionally some statuses, one page at a time.
 * The cursor is the opaque `nextCursor` of the previous page.
 */
export const inspectionListInput = z
  .object({
    planId: idSchema.optional(),
    year: z
      .number({ error: 'Năm phải là một số.' })
      .int({ error: 'Năm phải là số nguyên.' })
      .min(2000, { error: 'Năm phải từ 2000 trở đi.' })
      .max(2100, { error: 'Năm phải trước 2100.' })
      .optional(),
    statuses: z
      .array(z.enum(INSPECTION_STATUSES, { error: 'Trạng thái cuộc kiểm tra không hợp lệ.' }))
      .max(INSPECTION_STATUSES.length, { error: 'Quá nhiều trạng thái.' })
      .optional(),
    cursor: z
      .string({ error: 'Vị trí trang không hợp lệ.' })
      .max(400, { error: 'Vị trí trang không hợp lệ.' })
      .optional(),
    limit: z
      .number({ error: 'Số dòng mỗi trang phải là một số.' })
      .int({ error: 'Số dòng mỗi trang phải là số nguyên.' })
      .min(1, { error: 'Mỗi trang có ít nhất 1 dòng.' })
      .max(MAX_LIST_PAGE, { error: `Mỗi trang có nhiều nhất ${MAX_LIST_PAGE} dòng.` })
      .default(DEFAULT_LIST_PAGE),
  })
  .default({ limit: DEFAULT_LIST_PAGE });
export type InspectionListInput = z.output<typeof inspectionListInput>;

/** A visit in one of these is over: nothing is left to do on it. */
export const FINISHED_INSPECTION_STATUSES = [
  'closed',
  'cancelled',
] as const satisfies readonly InspectionStatus[];

export const isInspectionFinished = (status: InspectionStatus): boolean =>
  (FINISHED_INSPECTION_STATUSES as readonly InspectionStatus[]).includes(status);

/** What the database knows of a plan for deciding whether it is current. */
export interface PlanActivity {
  year: number;
  hasVisits: boolean;
  hasUnfinishedVisits: boolean;
}

/**
 * The plans a home page shows when no year is asked for: a plan is current while it has a visit
 * still to finish (recommendations being remediated count: 'concluded' is not finished), while it
 * has no visit yet (being built), or when it is for this year or a later one. A province's closed
 * history stays out of the way, and is reached by its year.
 *
 * @example isPlanCurrent({ year: 2024, hasVisits: true, hasUnfinishedVisits: true }, 2026) // true
 * @example isPlanCurrent({ year: 2019, hasVisits: true, hasUnfinishedVisits: false }, 2026) // false
 */
export function isPlanCurrent(plan: PlanActivity, todayYear: number): boolean {
  return plan.year >= todayYear || !plan.hasVisits || plan.hasUnfinishedVisits;
}
