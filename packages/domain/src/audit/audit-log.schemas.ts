import { addDays, parseIsoDate, toIsoDate } from '../calendar/local-date.js';
import { isoDateSchema } from '../validation/common.js';
import { z } from '../validation/zod-vi.js';
import { AUDIT_TABLES } from './audit-columns.js';

/** Entries on one page of the audit log. */
export const AUDIT_PAGE_SIZE = 50;

/** Where the next page starts: the last entry's instant (to the microsecond) and id. */
export interface AuditCursor {
  at: string;
  id: string;
}

// Plain ASCII that needs no escaping in a URL; the portal passes it back as it got it.
const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)_(\d{1,19})$/;

export const encodeAuditCursor = (cursor: AuditCursor): string => `${cursor.at}_${cursor.id}`;

/** Null when the text is not a cursor this module wrote. */
export function decodeAuditCursor(text: string): AuditCursor | null {
  const match = CURSOR.exec(text);
  return match?.[1] && match[2] ? { at: match[1], id: match[2] } : null;
}

const optionalText = (max: number, message: string) =>
  z
    .string({ error: message })
    .max(max, { error: message })
    .optional()
    .transform((s) => (s?.trim() ? s.trim() : undefined));

const optionalDate = z
  .union([z.literal(''), isoDateSchema])
  .optional()
  .transform((d) => (d ? d : undefined));

/**
 * The filters of the audit log page: who, which table and record, from and to which day, which
 * plan, and the page to read.
 */
export const auditLogQueryInput = z
  .object({
    actorId: optionalText(100, 'Người thực hiện không hợp lệ.'),
    entity: z
      .string()
      .max(100)
      .optional()
      .transform((s) => (s ? s : undefined))
      .refine((s) => s === undefined || s in AUDIT_TABLES, {
        error: 'Hãy chọn loại dữ liệu trong danh sách.',
      }),
    entityId: optionalText(100, 'Mã bản ghi dài tối đa 100 ký tự.'),
    from: optionalDate,
    to: optionalDate,
    planId: z
      .union([z.literal(''), z.uuid({ error: 'Hãy chọn kế hoạch trong danh sách.' })])
      .optional()
      .transform((s) => (s ? s : undefined)),
    cursor: z
      .string()
      .max(200)
      .optional()
      .refine((s) => !s || decodeAuditCursor(s) !== null, {
        error: 'Trang không hợp lệ; hãy mở lại nhật ký.',
      }),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    error: 'Ngày kết thúc không được trước ngày bắt đầu.',
    path: ['to'],
  });
export type AuditLogQuery = z.infer<typeof auditLogQueryInput>;

/**
 * The instants a range of days in Việt Nam covers: from 00:00 (UTC+7) of the first day to 00:00
 * of the day after the last, exclusive.
 * @example auditRangeInstants('2026-12-01', '2026-12-07') // { since: 2026-11-30T17:00Z, before: 2026-12-07T17:00Z }
 */
export function auditRangeInstants(from?: string, to?: string): { since?: Date; before?: Date } {
  const startOf = (day: string) => new Date(`${day}T00:00:00+07:00`);
  return {
    ...(from && { since: startOf(from) }),
    ...(to && { before: startOf(toIsoDate(addDays(parseIsoDate(to), 1))) }),
  };
}
