import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection.js';
import { loadBinhDinh2024 } from '../seed/load-seed.js';
import { createTestDatabase } from '../testing/index.js';
import * as answerHasText from './20261203600100_answer_has_text.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await loadBinhDinh2024(handle.db, { hashPassword: async () => 'not-a-real-hash' });
});
afterAll(async () => handle?.close());

describe('migration 20261203600100_answer_has_text', () => {
  it('cleans the narratives stored before and records which hold words, without writing the audit log', async () => {
    // A migration is typed for any schema, as the Migrator runs it.
    const db = handle.db as unknown as Kysely<unknown>;
    await answerHasText.down(db);
    const report = await sql<{ id: string }>`
      INSERT INTO unit_reports (tenant_id, inspection_id, template_id)
      SELECT i.tenant_id, i.id, p.report_template_id FROM inspections i JOIN plans p ON p.id = i.plan_id LIMIT 1
      RETURNING id`.execute(db);
    const reportId = report.rows[0]?.id;
    await sql`
      INSERT INTO report_answers (report_id, item_code, narrative) VALUES
        (${reportId}, 'I.1.a', '<p onclick="x()">Đã <b>ban hành</b></p><script>alert(1)</script>'),
        (${reportId}, 'I.1.b', '<p> </p><p>&nbsp;</p>'),
        (${reportId}, 'I.1.c', 'Dòng một\nDòng hai')`.execute(db);
    const auditBefore = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log`.execute(db);

    await answerHasText.up(db);

    const rows = await sql<{ item_code: string; narrative: string; has_text: boolean }>`
      SELECT item_code, narrative, has_text FROM report_answers WHERE report_id = ${reportId} ORDER BY item_code`.execute(
      db,
    );
    expect(rows.rows).toEqual([
      { item_code: 'I.1.a', narrative: '<p>Đã <b>ban hành</b></p>', has_text: true },
      { item_code: 'I.1.b', narrative: '<p> </p><p>\u00a0</p>', has_text: false },
      { item_code: 'I.1.c', narrative: '<p>Dòng một</p><p>Dòng hai</p>', has_text: true },
    ]);
    const auditAfter = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log`.execute(db);
    expect(auditAfter.rows[0]?.n).toBe(auditBefore.rows[0]?.n);
    // The trigger is on again for what people write next.
    await sql`UPDATE report_answers SET narrative = '<p>Sửa</p>' WHERE item_code = 'I.1.a' AND report_id = ${reportId}`.execute(
      db,
    );
    const auditLater = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log`.execute(db);
    expect(auditLater.rows[0]?.n).toBe((auditAfter.rows[0]?.n ?? 0) + 1);
  });
});
