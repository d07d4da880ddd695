import { z } from 'zod';

/** When a plan reminds whoever must act, in working days (Sở Nội vụ sets it per plan). */
export interface ReminderSettings {
  /** Working days before each due date on which a reminder goes out (0 = on the due date). */
  beforeWorkingDays: readonly number[];
  /** Working days after the first overdue working day on which Sở Nội vụ is told. */
  escalateAfterWorkingDays: number;
}

/** By default: 5, 2 and 0 working days before; Sở Nội vụ 3 working days after the first overdue day. */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  beforeWorkingDays: [5, 2, 0],
  escalateAfterWorkingDays: 3,
};

const days = (what: string, max: number) =>
  z
    .number({ error: `${what} phải là số.` })
    .int({ error: `${what} phải là số nguyên.` })
    .min(0, { error: `${what} không được âm.` })
    .max(max, { error: `${what} không quá ${max}.` });

/** zod schema of a plan's reminder settings, with Vietnamese messages; sorts and refuses repeats. */
export const reminderSettingsSchema = z
  .object({
    beforeWorkingDays: z
      .array(days('Số ngày làm việc nhắc trước hạn', 60), {
        error: 'Các mốc nhắc việc phải là danh sách số ngày làm việc.',
      })
      .max(10, { error: 'Tối đa 10 mốc nhắc việc trước hạn.' }),
    escalateAfterWorkingDays: days('Số ngày làm việc trước khi báo Sở Nội vụ', 60).refine((n) => n >= 1, {
      error: 'Số ngày làm việc trước khi báo Sở Nội vụ phải từ 1 trở lên.',
    }),
  })
  .superRefine((s, ctx) => {
    if (new Set(s.beforeWorkingDays).size !== s.beforeWorkingDays.length)
      ctx.addIssue({ code: 'custom', path: ['beforeWorkingDays'], message: 'Các mốc nhắc việc bị lặp.' });
  })
  .transform((s) => ({ ...s, beforeWorkingDays: s.beforeWorkingDays.toSorted((a, b) => b - a) }));

/** A plan's stored settings (null when never set), read with the defaults. */
export function reminderSettingsOf(stored: unknown): ReminderSettings {
  if (stored === null || stored === undefined) return DEFAULT_REMINDER_SETTINGS;
  const parsed = reminderSettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_REMINDER_SETTINGS;
}

/** A plan's reminder settings set by Sở Nội vụ, under the plan's version read. */
export const setReminderSettingsInput = z.object({
  planId: z.uuid({ error: 'Mã định danh không hợp lệ (phải là UUID).' }),
  expectedVersion: z
    .number({ error: 'Phiên bản phải là số.' })
    .int({ error: 'Phiên bản phải là số nguyên.' })
    .min(0, { error: 'Phiên bản không được âm.' })
    .max(1_000_000_000, { error: 'Phiên bản không hợp lệ.' }),
  settings: reminderSettingsSchema,
});
