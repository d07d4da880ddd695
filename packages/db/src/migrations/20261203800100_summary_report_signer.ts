import { type Kysely, sql } from 'kysely';

/**
 * Issue 17: the summary report keeps what Sở Nội vụ writes apart from the figures — its proposals
 * to UBND tỉnh — and who signs it (title and name, printed under the signature).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE summary_reports
    ADD COLUMN proposals text NOT NULL DEFAULT '',
    ADD COLUMN signer_title text NOT NULL DEFAULT 'GIÁM ĐỐC',
    ADD COLUMN signer_name text NOT NULL DEFAULT ''`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE summary_reports DROP COLUMN proposals, DROP COLUMN signer_title, DROP COLUMN signer_name`.execute(
    db,
  );
}
