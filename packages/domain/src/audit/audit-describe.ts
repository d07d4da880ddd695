import { type AuditColumn, type AuditReference, auditColumn, auditTableLabel } from './audit-columns.js';

export type AuditOperation = 'INSERT' | 'UPDATE' | 'DELETE';

export const AUDIT_OPERATION_LABELS: Record<AuditOperation, string> = {
  INSERT: 'Thêm mới',
  UPDATE: 'Sửa',
  DELETE: 'Xóa',
};

export interface AuditRow {
  entity: string;
  operation: AuditOperation;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** One field of a change, in words: its label, and its value before and after (null: none). */
export interface AuditFieldChange {
  column: string;
  label: string;
  before: string | null;
  after: string | null;
}

/** Names of the things ids point to, found by the caller (the log stores only ids). */
export type AuditNames = ReadonlyMap<string, string>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$/;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An instant as read in Việt Nam: dd/mm/yyyy HH:mm (UTC+7 all year).
 * @example formatVietnamDateTime(new Date('2026-12-07T03:05:00Z')) // '07/12/2026 10:05'
 */
export function formatVietnamDateTime(instant: Date): string {
  const t = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return `${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

const shortId = (id: string) => `mã …${id.slice(-6)}`;

function scalar(value: unknown, column: AuditColumn | null, names: AuditNames): string {
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return value.toLocaleString('vi-VN');
  if (typeof value !== 'string') return summarize(value, column, names);
  const coded = column?.values?.[value];
  if (coded) return coded;
  if (column?.ref) return names.get(value) ?? shortId(value);
  const date = ISO_DATE.exec(value);
  if (date) return `${date[3]}/${date[2]}/${date[1]}`;
  if (ISO_INSTANT.test(value)) {
    const instant = new Date(value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'));
    if (!Number.isNaN(instant.getTime())) return formatVietnamDateTime(instant);
  }
  return value;
}

/** A list or a nested record, in words: its items' values, never its JSON. */
function summarize(value: unknown, column: AuditColumn | null, names: AuditNames): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '(không có)';
    return value.map((v) => scalar(v, column, names)).join('; ');
  }
  if (value !== null && typeof value === 'object') {
    const parts = Object.values(value as Record<string, unknown>)
      .filter((v) => v !== null && v !== '' && v !== undefined)
      .map((v) => scalar(v, column?.values ? column : null, names));
    return parts.length === 0 ? '(không có)' : parts.join(', ');
  }
  return String(value);
}

/** A stored value as a person reads it: codes by their labels, dates dd/mm/yyyy, ids by name. */
export function formatAuditValue(
  value: unknown,
  column: AuditColumn | null,
  names: AuditNames = new Map(),
): string | null {
  if (value === null || value === undefined || value === '') return null;
  return scalar(value, column, names);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A logged change in words: the table's label, the operation, and each field that changed (an
 * insertion: every field given; a deletion: every field it had), hidden technical columns left out.
 * @example describeAuditChange({ entity: 'plans', operation: 'UPDATE', before: { status: 'draft' }, after: { status: 'published' } }).fields
 * // [{ column: 'status', label: 'Trạng thái', before: 'Dự thảo', after: 'Đã ban hành' }]
 */
export function describeAuditChange(row: AuditRow, names: AuditNames = new Map()) {
  const before = row.before ?? {};
  const after = row.after ?? {};
  const columns = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const fields: AuditFieldChange[] = [];
  for (const name of columns) {
    const column = auditColumn(row.entity, name);
    if (column === 'hidden') continue;
    if (row.operation === 'UPDATE' && same(before[name], after[name])) continue;
    const b = row.operation === 'INSERT' ? null : formatAuditValue(before[name], column, names);
    const a = row.operation === 'DELETE' ? null : formatAuditValue(after[name], column, names);
    if (b === null && a === null) continue;
    fields.push({ column: name, label: column?.label ?? name, before: b, after: a });
  }
  const record = row.after ?? row.before ?? {};
  const recordName = ['title', 'name', 'full_name', 'username', 'file_name', 'code']
    .map((k) => record[k])
    .find((v): v is string => typeof v === 'string' && v !== '');
  return {
    entityLabel: auditTableLabel(row.entity),
    operationLabel: AUDIT_OPERATION_LABELS[row.operation],
    recordName: recordName ?? null,
    fields,
  };
}

/** The ids in a change that name something the caller can look up, by kind. */
export function auditReferences(row: AuditRow): { kind: Exclude<AuditReference, 'record'>; id: string }[] {
  const found: { kind: Exclude<AuditReference, 'record'>; id: string }[] = [];
  for (const values of [row.before, row.after]) {
    for (const [name, value] of Object.entries(values ?? {})) {
      const column = auditColumn(row.entity, name);
      if (column === null || column === 'hidden' || !column.ref || column.ref === 'record') continue;
      for (const v of Array.isArray(value) ? value : [value])
        if (typeof v === 'string') found.push({ kind: column.ref, id: v });
    }
  }
  return found;
}
