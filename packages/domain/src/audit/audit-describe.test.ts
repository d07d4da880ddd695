import { describe, expect, it } from 'vitest';
import {
  auditReferences,
  describeAuditChange,
  formatAuditValue,
  formatVietnamDateTime,
} from './audit-describe.js';

describe('a logged change in words', () => {
  it('names the fields that changed by their Vietnamese labels and codes by theirs', () => {
    const change = describeAuditChange({
      entity: 'plans',
      operation: 'UPDATE',
      before: { id: 'p1', title: 'Kế hoạch 2024', status: 'draft', version: 1, window_end: '2024-10-31' },
      after: { id: 'p1', title: 'Kế hoạch 2024', status: 'published', version: 2, window_end: '2024-11-15' },
    });
    expect(change).toEqual({
      entityLabel: 'Kế hoạch kiểm tra',
      operationLabel: 'Sửa',
      recordName: 'Kế hoạch 2024',
      fields: [
        { column: 'status', label: 'Trạng thái', before: 'Dự thảo', after: 'Đã ban hành' },
        { column: 'window_end', label: 'Kiểm tra đến ngày', before: '31/10/2024', after: '15/11/2024' },
      ],
    });
  });

  it('lists every given field of an insertion, without the technical ones', () => {
    const change = describeAuditChange({
      entity: 'api_clients',
      operation: 'INSERT',
      before: null,
      after: {
        id: 'c1',
        tenant_id: 'binh-dinh',
        name: 'Cổng dịch vụ công',
        contact: null,
        scopes: ['plans:read', 'results:read'],
        created_at: '2026-12-07T03:00:00.123456+00:00',
      },
    });
    expect(change.operationLabel).toBe('Thêm mới');
    expect(change.fields).toEqual([
      { column: 'name', label: 'Tên hệ thống', before: null, after: 'Cổng dịch vụ công' },
      {
        column: 'scopes',
        label: 'Quyền truy cập',
        before: null,
        after: 'Đọc kế hoạch kiểm tra; Đọc kết quả kiểm tra phục vụ xếp hạng',
      },
    ]);
  });

  it('shows what a deletion removed as “before”', () => {
    const change = describeAuditChange({
      entity: 'user_roles',
      operation: 'DELETE',
      before: { user_id: 'u1', role: 'plan_admin' },
      after: null,
    });
    expect(change.fields).toEqual([
      { column: 'user_id', label: 'Tài khoản', before: 'mã …u1', after: null },
      { column: 'role', label: 'Vai trò', before: 'Quản trị kế hoạch (Sở Nội vụ)', after: null },
    ]);
  });

  it('names the things ids point to when the caller found their names', () => {
    const names = new Map([['unit-1', 'Sở Nội vụ']]);
    const row = {
      entity: 'users',
      operation: 'UPDATE' as const,
      before: { org_unit_id: 'unit-0', active: true },
      after: { org_unit_id: 'unit-1', active: false },
    };
    expect(describeAuditChange(row, names).fields).toEqual([
      { column: 'org_unit_id', label: 'Đơn vị công tác', before: 'mã …unit-0', after: 'Sở Nội vụ' },
      { column: 'active', label: 'Đang hoạt động', before: 'Có', after: 'Không' },
    ]);
    expect(auditReferences(row)).toEqual([
      { kind: 'unit', id: 'unit-0' },
      { kind: 'unit', id: 'unit-1' },
    ]);
  });

  it('reads instants in Việt Nam time and lists and records without JSON', () => {
    expect(formatAuditValue('2026-12-07T17:30:00.5+00:00', null)).toBe('08/12/2026 00:30');
    expect(formatAuditValue('2026-12-07 17:30:00+00', null)).toBe('08/12/2026 00:30');
    expect(formatAuditValue([{ number: '125/QĐ-UBND', date: '2024-01-15' }], null)).toBe(
      '125/QĐ-UBND, 15/01/2024',
    );
    expect(formatAuditValue([], null)).toBe('(không có)');
    expect(formatAuditValue('', null)).toBeNull();
    expect(formatAuditValue(1234, null)).toBe('1.234');
    expect(formatVietnamDateTime(new Date('2026-12-07T03:05:00Z'))).toBe('07/12/2026 10:05');
  });

  it('falls back to the column’s own name where no label exists, and keeps an unknown code as it is', () => {
    const change = describeAuditChange({
      entity: 'plans',
      operation: 'UPDATE',
      before: { status: 'draft', brand_new: 'a' },
      after: { status: 'archived', brand_new: 'b' },
    });
    expect(change.fields).toEqual([
      { column: 'status', label: 'Trạng thái', before: 'Dự thảo', after: 'archived' },
      { column: 'brand_new', label: 'brand_new', before: 'a', after: 'b' },
    ]);
  });
});
