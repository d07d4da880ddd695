import { z } from './zod-vi.js';

export const isoDateSchema = z
  .string({ error: 'Ngày phải là một chuỗi dạng yyyy-mm-dd.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Ngày phải có dạng yyyy-mm-dd, ví dụ 2024-05-07.' })
  .refine(
    (s) => {
      const [y, m, d] = s.split('-').map(Number) as [number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    },
    { error: 'Ngày không tồn tại trong lịch, hãy kiểm tra lại ngày và tháng.' },
  );

export const idSchema = z.uuid({ error: 'Mã định danh không hợp lệ (phải là UUID).' });
