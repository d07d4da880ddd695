import { z } from 'zod';
import { isoDateStringSchema } from './date-input.js';
import { formatVietnamese, isWeekend, parseIsoDate, yearOf } from './local-date.js';
import { scheduleLawHolidayIssues } from './schedule-law-check.js';

/*
 * The day-off schedule the government announces each year for civil servants and public
 * employees on the Monday–Friday week (QĐ 188/1999/QĐ-TTg). It is data: an administrator enters
 * a new year, or corrects one after a late swap, through the API, and the calendar is rebuilt.
 * Dates are ISO strings so the structure stores as JSON unchanged.
 */

const nameSchema = z
  .string({ error: 'Tên ngày phải là chuỗi ký tự' })
  .trim()
  .min(1, { error: 'Phải ghi tên ngày (ví dụ: "Tết Nguyên đán")' })
  .max(200, { error: 'Tên ngày không quá 200 ký tự' });

export const scheduleDayOffKindSchema = z.enum(['holiday', 'swap', 'compensatory'], {
  error:
    'Loại ngày nghỉ phải là "holiday" (nghỉ lễ, tết), "swap" (nghỉ hoán đổi) hoặc "compensatory" (nghỉ bù)',
});

export const scheduleDayOffSchema = z.object({
  date: isoDateStringSchema,
  name: nameSchema,
  kind: scheduleDayOffKindSchema,
});

export const scheduleWorkingDaySchema = z.object({
  date: isoDateStringSchema,
  /** e.g. 'Làm bù cho ngày 29/4/2024' */
  name: nameSchema,
});

/** zod schema of an official schedule, with Vietnamese messages for the administrator's form. */
export const officialScheduleSchema = z
  .object({
    year: z
      .number({ error: 'Năm phải là số' })
      .int({ error: 'Năm phải là số nguyên' })
      .min(1900, { error: 'Năm phải từ 1900 đến 2100' })
      .max(2100, { error: 'Năm phải từ 1900 đến 2100' }),
    /** The announcing documents: number, date, issuer (e.g. 'TB 5015/TB-LĐTBXH ngày 22/11/2023'). */
    source: z
      .string({ error: 'Phải ghi văn bản thông báo' })
      .trim()
      .min(5, { error: 'Phải ghi văn bản thông báo (số, ngày, cơ quan ban hành)' })
      .max(1000, { error: 'Văn bản thông báo không quá 1000 ký tự' }),
    /** Weekdays off. Weekend days inside a break are days off anyway and are not listed. */
    daysOff: z
      .array(scheduleDayOffSchema, { error: 'Danh sách ngày nghỉ không hợp lệ' })
      .max(60, { error: 'Một năm không quá 60 ngày nghỉ' }),
    /** Saturdays or Sundays made working days (làm bù). */
    workingWeekendDays: z
      .array(scheduleWorkingDaySchema, { error: 'Danh sách ngày làm bù không hợp lệ' })
      .max(20, { error: 'Một năm không quá 20 ngày làm bù' }),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    const check = (date: string, path: (string | number)[], label: string) => {
      const parsed = parseIsoDate(date);
      const shown = formatVietnamese(parsed);
      if (yearOf(parsed) !== s.year) {
        ctx.addIssue({ code: 'custom', path, message: `${label} ${shown} không thuộc năm ${s.year}` });
      }
      if (seen.has(date)) {
        ctx.addIssue({ code: 'custom', path, message: `Ngày ${shown} được ghi hai lần` });
      }
      seen.add(date);
      return parsed;
    };
    s.daysOff.forEach((d, i) => {
      if (isoDateStringSchema.safeParse(d.date).success === false) return;
      const parsed = check(d.date, ['daysOff', i, 'date'], 'Ngày nghỉ');
      if (isWeekend(parsed)) {
        ctx.addIssue({
          code: 'custom',
          path: ['daysOff', i, 'date'],
          message: `Ngày nghỉ ${formatVietnamese(parsed)} là Thứ Bảy hoặc Chủ nhật: chỉ ghi các ngày nghỉ rơi vào thứ Hai đến thứ Sáu`,
        });
      }
    });
    s.workingWeekendDays.forEach((d, i) => {
      if (isoDateStringSchema.safeParse(d.date).success === false) return;
      const parsed = check(d.date, ['workingWeekendDays', i, 'date'], 'Ngày làm bù');
      if (!isWeekend(parsed)) {
        ctx.addIssue({
          code: 'custom',
          path: ['workingWeekendDays', i, 'date'],
          message: `Ngày làm bù ${formatVietnamese(parsed)} phải là Thứ Bảy hoặc Chủ nhật`,
        });
      }
    });
    // A swap (hoán đổi) moves one weekday off onto one weekend day of work; the numbers must match.
    const swaps = s.daysOff.filter((d) => d.kind === 'swap').length;
    if (swaps !== s.workingWeekendDays.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['workingWeekendDays'],
        message: `Số ngày nghỉ hoán đổi (${swaps}) phải bằng số ngày làm bù (${s.workingWeekendDays.length})`,
      });
    }
    // The holidays of art. 112 as enacted; those a later law added are checked where the rules are read.
    if (s.daysOff.every((d) => isoDateStringSchema.safeParse(d.date).success)) {
      for (const issue of scheduleLawHolidayIssues(s, [])) ctx.addIssue({ code: 'custom', ...issue });
    }
  });

export type OfficialSchedule = z.infer<typeof officialScheduleSchema>;
export type ScheduleDayOff = z.infer<typeof scheduleDayOffSchema>;
export type ScheduleDayOffKind = z.infer<typeof scheduleDayOffKindSchema>;
export type ScheduleWorkingDay = z.infer<typeof scheduleWorkingDaySchema>;
