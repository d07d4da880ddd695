import { normalizeDateInput } from '../calendar/date-input.js';
import { z } from './zod-vi.js';

/** What a person is told when a date cannot be read: the form they write it in, never a technical one. */
export const DATE_FORMAT_MESSAGE = 'Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 07/05/2024.';

/**
 * A date, stored as yyyy-mm-dd. It also takes the date as a person types it (9/5/2024 is 9 May,
 * whatever the browser's locale), so that every form's date field is read by this one rule.
 */
export const isoDateSchema = z
  .string({ error: DATE_FORMAT_MESSAGE })
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
      ),
  );

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
