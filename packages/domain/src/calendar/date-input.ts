import { z } from 'zod';
import {
  formatVietnamese,
  isValidYmd,
  type LocalDate,
  localDate,
  parseIsoDate,
  toIsoDate,
  tryParseIsoDate,
} from './local-date.js';

// Day, month and year as Vietnamese write them: 9/5/2024, 09/05/2024, 9-5-2024, 9.5.2024.
const DAY_MONTH_YEAR = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const ISO_SHAPE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Reads a date as a person types it: day first (9/5/2024 is 9 May), whatever the browser's locale,
 * or the ISO form a form field already holds (2024-05-09). Undefined when it is no real date.
 *
 * @example parseDateInput('9/5/2024') // 2024-05-09
 * @example parseDateInput('31/02/2024') // undefined
 */
export function parseDateInput(text: string): LocalDate | undefined {
  const trimmed = text.trim();
  const dmy = DAY_MONTH_YEAR.exec(trimmed);
  if (dmy) {
    const day = Number(dmy[1]);
    const month = Number(dmy[2]);
    const year = Number(dmy[3]);
    return isValidYmd(year, month, day) ? localDate(year, month, day) : undefined;
  }
  return tryParseIsoDate(trimmed);
}

/**
 * The yyyy-mm-dd form of a typed date, for the schemas that store it. Text shaped like a date but
 * impossible (31/02/2024) keeps its numbers (2024-02-31) so that the schema can say the day does
 * not exist; anything else is returned trimmed, for the schema to refuse.
 *
 * @example normalizeDateInput(' 9/5/2024 ') // '2024-05-09'
 */
export function normalizeDateInput(text: string): string {
  const trimmed = text.trim();
  const parsed = parseDateInput(trimmed);
  if (parsed !== undefined) return toIsoDate(parsed);
  const dmy = DAY_MONTH_YEAR.exec(trimmed);
  if (dmy) return `${dmy[3]}-${pad2(Number(dmy[2]))}-${pad2(Number(dmy[1]))}`;
  const iso = ISO_SHAPE.exec(trimmed);
  if (iso) return `${iso[1]}-${pad2(Number(iso[2]))}-${pad2(Number(iso[3]))}`;
  return trimmed;
}

/**
 * How a date field shows its value: dd/mm/yyyy for a real date (stored ISO or typed), the text
 * as typed otherwise, so that a person sees what they wrote beside the message about it.
 *
 * @example dateInputDisplay('2024-05-09') // '09/05/2024'
 */
export function dateInputDisplay(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const parsed = parseDateInput(value);
  return parsed === undefined ? value : formatVietnamese(parsed);
}

/** The most characters of a typed date (07/05/2024 is 10), with room for spaces around it. */
export const MAX_DATE_INPUT_LENGTH = 30;
export const DATE_TOO_LONG_MESSAGE = `Ngày dài tối đa ${MAX_DATE_INPUT_LENGTH} ký tự; hãy nhập theo dạng ngày/tháng/năm, ví dụ 07/05/2024.`;

/**
 * zod schema: a date as stored (yyyy-mm-dd) or as typed (9/5/2024), given on as yyyy-mm-dd;
 * the messages say how a person writes a date.
 */
export const isoDateStringSchema = z
  .string({ error: 'Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 07/05/2024.' })
  .max(MAX_DATE_INPUT_LENGTH, { error: DATE_TOO_LONG_MESSAGE })
  .transform(normalizeDateInput)
  .refine((s) => tryParseIsoDate(s) !== undefined, {
    message: 'Ngày chưa đúng: hãy nhập ngày có thật, theo dạng ngày/tháng/năm, ví dụ 07/05/2024.',
  })
  // Issue 18: years up to 9999 were accepted; kiemtra's records span 1900–2100.
  .refine((s) => Number(s.slice(0, 4)) >= 1900 && Number(s.slice(0, 4)) <= 2100, {
    message: 'Ngày phải trong khoảng từ năm 1900 đến năm 2100.',
  });

/** zod schema: {@link isoDateStringSchema}, parsed to a LocalDate. */
export const localDateSchema = isoDateStringSchema.transform((s) => parseIsoDate(s));
