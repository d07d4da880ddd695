import { idSchema } from '../validation/common.js';
import { z } from '../validation/zod-vi.js';
import { INSPECTION_STATUSES } from './vocabulary.js';

/** The most visits one page of a list carries; the next page is asked for with its cursor. */
export const MAX_LIST_PAGE = 200;
export const DEFAULT_LIST_PAGE = 100;

/**
 * What a list of visits covers (inspections.list, reports.states): one plan, or one year's plans
 * (the current year when neither is given), optionally some statuses, one page at a time.
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

/**
 * The year a home page shows when none is asked for: today's year if a plan has it, else the newest
 * year before it that has one, else the earliest planned year (a plan drafted for next year).
 *
 * @example currentPlanYear([2022, 2023, 2024], 2026) // 2024
 * @example currentPlanYear([2027], 2026) // 2027
 */
export function currentPlanYear(planYears: readonly number[], todayYear: number): number | null {
  if (planYears.length === 0) return null;
  const past = planYears.filter((y) => y <= todayYear);
  return past.length > 0 ? Math.max(...past) : Math.min(...planYears);
}
