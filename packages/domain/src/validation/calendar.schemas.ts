import { DEADLINE_CODES, deadlineReadingSchema } from '../calendar/deadline-rules.js';
import { lawHolidayRuleSchema } from '../calendar/law-holiday-rules.js';
import { officialScheduleSchema } from '../calendar/official-schedule.js';
import { idSchema, isoDateSchema } from './common.js';
import { z } from './zod-vi.js';

const yearSchema = z
  .number({ error: 'Năm phải là một số.' })
  .int({ error: 'Năm phải là số nguyên.' })
  .min(1900, { error: 'Lịch chỉ tính được từ năm 1900 đến năm 2100.' })
  .max(2100, { error: 'Lịch chỉ tính được từ năm 1900 đến năm 2100.' });

export const calendarYearInput = z.object({ year: yearSchema });

/** A date the working calendar can count from: 1900–2100, the years it indexes. */
export const calendarDateSchema = isoDateSchema.refine(
  (s) => {
    const year = Number(s.slice(0, 4));
    return year >= 1900 && year <= 2100;
  },
  { error: 'Lịch chỉ tính được từ năm 1900 đến năm 2100.' },
);

export const addWorkingDaysInput = z.object({
  date: calendarDateSchema,
  days: z
    .number({ error: 'Số ngày làm việc phải là một số.' })
    .int({ error: 'Số ngày làm việc phải là số nguyên.' })
    .min(-1000, { error: 'Chỉ cộng hoặc trừ tối đa 1000 ngày làm việc.' })
    .max(1000, { error: 'Chỉ cộng hoặc trừ tối đa 1000 ngày làm việc.' }),
});

export const explainDeadlineInput = z.object({
  code: z.enum(DEADLINE_CODES, { error: 'Mã thời hạn không hợp lệ.' }),
  baseDate: calendarDateSchema,
  /** The plan whose rules apply; the 2024 rules when omitted. */
  planId: idSchema.optional(),
  reading: deadlineReadingSchema.optional(),
});

export const saveScheduleInput = z.object({
  schedule: officialScheduleSchema,
  /** The version the administrator edited; null when the year has no stored schedule yet. */
  expectedVersion: z
    .number()
    .int()
    .positive()
    .max(2_147_483_647, { error: 'Số phiên bản không hợp lệ; hãy tải lại trang rồi sửa lại.' })
    .nullable(),
});

export const inspectionDeadlinesInput = z.object({ inspectionId: idSchema });

/** A law holiday rule recorded or decided by an administrator (issue 12). */
export const saveLawHolidayInput = z.object({
  /** Null for a new rule. */
  id: idSchema.nullable(),
  /** The version the administrator decided on; null for a new rule. */
  expectedVersion: z
    .number()
    .int()
    .positive()
    .max(2_147_483_647, { error: 'Số phiên bản không hợp lệ; hãy tải lại trang rồi sửa lại.' })
    .nullable(),
  rule: lawHolidayRuleSchema,
});
