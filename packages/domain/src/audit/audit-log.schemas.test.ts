import { describe, expect, it } from 'vitest';
import {
  auditLogQueryInput,
  auditRangeInstants,
  decodeAuditCursor,
  encodeAuditCursor,
} from './audit-log.schemas.js';

describe('the audit log’s filters', () => {
  it('read blank fields as no filter and typed dates as yyyy-mm-dd', () => {
    expect(
      auditLogQueryInput.parse({ actorId: '', entity: '', from: '01/12/2026', to: '', planId: '' }),
    ).toEqual({
      actorId: undefined,
      entity: undefined,
      entityId: undefined,
      from: '2026-12-01',
      to: undefined,
      planId: undefined,
      cursor: undefined,
    });
  });

  it('refuse a table that is not audited, a range that ends before it starts and a forged cursor', () => {
    const issues = (input: object) =>
      auditLogQueryInput.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues({ entity: 'pg_authid' })).toEqual([['entity', 'Hãy chọn loại dữ liệu trong danh sách.']]);
    expect(issues({ from: '2026-12-07', to: '2026-12-01' })).toEqual([
      ['to', 'Ngày kết thúc không được trước ngày bắt đầu.'],
    ]);
    expect(issues({ cursor: "1' OR 1=1" })).toEqual([['cursor', 'Trang không hợp lệ; hãy mở lại nhật ký.']]);
  });

  it('carry the page’s end to the microsecond', () => {
    const cursor = { at: '2026-12-07T03:00:00.123456Z', id: '9007199254740993' };
    expect(decodeAuditCursor(encodeAuditCursor(cursor))).toEqual(cursor);
    expect(decodeAuditCursor('2026-12-07T03:00:00.123Z_1')).toBeNull();
  });

  it('cover whole days in Việt Nam', () => {
    expect(auditRangeInstants('2026-12-01', '2026-12-07')).toEqual({
      since: new Date('2026-11-30T17:00:00Z'),
      before: new Date('2026-12-07T17:00:00Z'),
    });
    expect(auditRangeInstants(undefined, undefined)).toEqual({});
  });
});
