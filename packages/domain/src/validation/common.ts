import { DATE_TOO_LONG_MESSAGE, MAX_DATE_INPUT_LENGTH, normalizeDateInput } from '../calendar/date-input.js';
import { z } from './zod-vi.js';

/** What a person is told when a date cannot be read: the form they write it in, never a technical one. */
export const DATE_FORMAT_MESSAGE = 'Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 07/05/2024.';

/**
 * A date, stored as yyyy-mm-dd. It also takes the date as a person types it (9/5/2024 is 9 May,
 * whatever the browser's locale), so that every form's date field is read by this one rule.
 */
function yearWithin(from: number, to: number) {
  return (iso: string): boolean => {
    const year = Number(iso.slice(0, 4));
    return year >= from && year <= to;
  };
}

export const isoDateSchema = z
  .string({ error: DATE_FORMAT_MESSAGE })
  .max(MAX_DATE_INPUT_LENGTH, { error: DATE_TOO_LONG_MESSAGE })
  .transform(normalizeDateInput)
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: DATE_FORMAT_MESSAGE })
      .refine(
        (s) => {
          const [y, m, d] = s.split('-').map(Number) as [number, number, number];
          const date = new Date(Date.UTC(y, m - 1, d));
          return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
        },
        { error: 'Ngày không tồn tại trong lịch, hãy kiểm tra lại ngày và tháng.' },
      )
      // Issue 18: years up to 9999 were stored; no record of the register predates 1900.
      .refine(yearWithin(1900, 2100), { error: 'Ngày phải trong khoảng từ năm 1900 đến năm 2100.' }),
  );

/**
 * A date of the inspection work itself (plans, decisions, visits, notices, due dates): 2000–2100,
 * the years kiemtra's calendar and programmes span.
 */
export const workDateSchema = isoDateSchema.refine(yearWithin(2000, 2100), {
  error: 'Ngày phải trong khoảng từ năm 2000 đến năm 2100.',
});

/** The most characters of any free text (a narrative, an assessment): 20,000. */
export const MAX_TEXT_LENGTH = 20_000;

export const idSchema = z.uuid({ error: 'Mã định danh không hợp lệ (phải là UUID).' });

/**
 * An uploaded Excel workbook as base64, at most `maxBytes` once decoded.
 * @example workbookFileSchema('danh mục cơ quan, đơn vị', 2 * 1024 * 1024, '2 MB')
 */
export const workbookFileSchema = (what: string, maxBytes: number, maxLabel: string) =>
  z
    .string({ error: `Hãy chọn tệp Excel (.xlsx) ${what}.` })
    .min(1, { error: `Hãy chọn tệp Excel (.xlsx) ${what}.` })
    .max(Math.ceil(maxBytes / 3) * 4, { error: `Tệp quá lớn: tệp ${what} tối đa ${maxLabel}.` })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/u, { error: 'Tệp gửi lên không đúng định dạng base64.' });
