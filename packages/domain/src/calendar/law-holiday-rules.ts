import { z } from 'zod';
import { isoDateStringSchema } from './date-input.js';
import { isValidYmd, type LocalDate, localDate, parseIsoDate } from './local-date.js';

/*
 * Public holidays added to BLLĐ 2019 art. 112(1) after it was written, as data with their validity:
 * an administrator records such a change once ("from this date on, this day is a holiday, by this
 * text"), and every later year counts it, official schedule or not. The eleven days of art. 112 as
 * enacted stay in code (holidays.ts).
 *
 * A rule is in one of three states. `proposed`: announced as policy but without legal force yet
 * (Ngày Văn hóa Việt Nam, 24/11, in Politburo Resolution 80-NQ/TW): shown, never counted.
 * `in_force`: counted from `validFrom`. `not_adopted`: decided against; shown nowhere.
 */
export const LAW_HOLIDAY_STATUSES = ['in_force', 'proposed', 'not_adopted'] as const;
export type LawHolidayStatus = (typeof LAW_HOLIDAY_STATUSES)[number];

export const LAW_HOLIDAY_STATUS_LABELS: Record<LawHolidayStatus, string> = {
  in_force: 'Đã có hiệu lực, được tính là ngày nghỉ',
  proposed: 'Mới có chủ trương, chưa có văn bản luật: chưa tính là ngày nghỉ',
  not_adopted: 'Không được quy định là ngày nghỉ',
};

const textOf = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label} phải là chuỗi ký tự` })
    .trim()
    .min(min, {
      error: min === 1 ? `Phải ghi ${label.toLowerCase()}` : `${label} phải có ít nhất ${min} ký tự`,
    })
    .max(max, { error: `${label} không quá ${max} ký tự` });

export const lawHolidayRuleSchema = z
  .object({
    name: textOf('Tên ngày lễ', 1, 200),
    month: z
      .number({ error: 'Tháng phải là số' })
      .int({ error: 'Tháng phải là số nguyên' })
      .min(1, { error: 'Tháng phải từ 1 đến 12' })
      .max(12, { error: 'Tháng phải từ 1 đến 12' }),
    day: z
      .number({ error: 'Ngày phải là số' })
      .int({ error: 'Ngày phải là số nguyên' })
      .min(1, { error: 'Ngày phải từ 1 đến 31' })
      .max(31, { error: 'Ngày phải từ 1 đến 31' }),
    status: z.enum(LAW_HOLIDAY_STATUSES, {
      error: 'Trạng thái phải là: đã có hiệu lực, mới có chủ trương hoặc không được quy định',
    }),
    /** From when the day counts (in force), or from when it is announced to count (proposed). */
    validFrom: isoDateStringSchema,
    /** The legal text (number, date, issuer, article) or, for a proposal, the announcement. */
    basis: textOf('Căn cứ', 5, 1000),
  })
  .superRefine((rule, ctx) => {
    // A holiday on 29/02 would exist one year in four: not a rule the law makes.
    const inRange = rule.month >= 1 && rule.month <= 12 && rule.day >= 1 && rule.day <= 31;
    if (inRange && !isValidYmd(2025, rule.month, rule.day)) {
      ctx.addIssue({
        code: 'custom',
        path: ['day'],
        message: `Ngày ${rule.day}/${rule.month} không có trong mọi năm: hãy chọn một ngày có thật hằng năm`,
      });
    }
  });

export type LawHolidayRule = z.infer<typeof lawHolidayRuleSchema>;

/** One day a rule gives in a given year. */
export interface RuleHoliday {
  date: LocalDate;
  name: string;
  basis: string;
}

function dayOf(rule: LawHolidayRule, year: number): LocalDate | undefined {
  if (!isValidYmd(year, rule.month, rule.day)) return undefined;
  const date = localDate(year, rule.month, rule.day);
  return date >= parseIsoDate(rule.validFrom) ? date : undefined;
}

function daysWithStatus(
  rules: readonly LawHolidayRule[],
  year: number,
  status: LawHolidayStatus,
): RuleHoliday[] {
  const result: RuleHoliday[] = [];
  for (const rule of rules) {
    if (rule.status !== status) continue;
    const date = dayOf(rule, year);
    if (date !== undefined) result.push({ date, name: rule.name, basis: rule.basis });
  }
  return result.sort((a, b) => a.date - b.date);
}

/**
 * The holidays in force that the recorded rules add to a year.
 * @example addedLawHolidays([{ name: 'Ngày Văn hóa Việt Nam', month: 11, day: 24, status: 'in_force', validFrom: '2026-07-01', basis }], 2026)
 *   // [{ date: 2026-11-24, name: 'Ngày Văn hóa Việt Nam', basis }]
 */
export function addedLawHolidays(rules: readonly LawHolidayRule[], year: number): RuleHoliday[] {
  return daysWithStatus(rules, year, 'in_force');
}

/** The days announced as holidays of a year but without legal force yet: shown, never counted. */
export function proposedLawHolidays(rules: readonly LawHolidayRule[], year: number): RuleHoliday[] {
  return daysWithStatus(rules, year, 'proposed');
}

/**
 * The rules shipped with the code, to seed the database. Whether 24/11 became law could not be
 * confirmed from a legal text by the team (issue 12): public sources give Politburo Resolution
 * 80-NQ/TW (January 2026) choosing it as a paid day off, and Government Resolution 30/NQ-CP
 * (February 2026) tasking the amendment of BLLĐ art. 112(1). It ships as a proposal; the
 * administrator records the decision, with its text, in the portal.
 */
export const DEFAULT_LAW_HOLIDAY_RULES: readonly LawHolidayRule[] = [
  {
    name: 'Ngày Văn hóa Việt Nam',
    month: 11,
    day: 24,
    status: 'proposed',
    validFrom: '2026-01-01',
    basis:
      'Nghị quyết số 80-NQ/TW (tháng 01/2026) của Bộ Chính trị chọn ngày 24/11 hằng năm là Ngày Văn hóa Việt Nam, ' +
      'người lao động được nghỉ hưởng nguyên lương; Nghị quyết số 30/NQ-CP (tháng 02/2026) của Chính phủ giao sửa đổi, ' +
      'bổ sung khoản 1 Điều 112 Bộ luật Lao động. Chưa tính là ngày nghỉ cho đến khi có văn bản luật.',
  },
];
