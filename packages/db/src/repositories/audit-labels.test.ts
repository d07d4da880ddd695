import { AUDIT_TABLES, auditColumn } from '@kiemtra/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection.js';
import { createTestDatabase } from '../testing/index.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

/** Every table the audit trigger watches, with its columns, as the migrated schema has them. */
async function auditedTables(): Promise<Map<string, string[]>> {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    SELECT c.relname AS table_name, a.attname AS column_name
    FROM pg_trigger t
    JOIN pg_proc p ON p.oid = t.tgfoid AND p.proname = 'audit_row_change'
    JOIN pg_class c ON c.oid = t.tgrelid
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY c.relname, a.attnum`.execute(handle.db);
  const tables = new Map<string, string[]>();
  for (const r of rows) tables.set(r.table_name, [...(tables.get(r.table_name) ?? []), r.column_name]);
  return tables;
}

// The audit log page reads every change in words: a table audited without its labels in
// packages/domain/src/audit/audit-columns.ts would show its column names to a person.
describe('the audit log’s labels', () => {
  it('name every audited table in Vietnamese', async () => {
    const tables = await auditedTables();
    expect(tables.size).toBeGreaterThan(30);
    expect([...tables.keys()].filter((t) => !(t in AUDIT_TABLES))).toEqual([]);
  });

  it('read every column of every audited table, or hide it as technical', async () => {
    const unread: string[] = [];
    for (const [table, columns] of await auditedTables())
      for (const column of columns) {
        // The trigger never writes these to the log.
        if (column === 'password_hash' || column === 'token_hash') continue;
        if (auditColumn(table, column) === null) unread.push(`${table}.${column}`);
      }
    expect(unread).toEqual([]);
  });

  it('name no table that is not audited', async () => {
    const tables = await auditedTables();
    expect(Object.keys(AUDIT_TABLES).filter((t) => !tables.has(t))).toEqual([]);
  });
});
