import { type Kysely, sql } from 'kysely';
import { runScript } from '../sql-script.js';

/**
 * Issue 17 (and 18): the outgoing register of each issuing body (sổ đăng ký văn bản đi). A document
 * takes its number when it is issued: the next of its body, kind and year, from a counter row that
 * the issuing transaction locks, so that two documents issued at once get two numbers and a failed
 * issue leaves no gap (Decree 30/2020 art. 15: numbers run per year from 01, one per document).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    CREATE TABLE outgoing_register_counters (
      tenant_id text NOT NULL REFERENCES tenants(id),
      issuer_org_unit_id uuid NOT NULL REFERENCES org_units(id),
      kind text NOT NULL CHECK (kind ~ '^[A-ZĐ][A-Za-zĐđ]*$'),
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      last_number integer NOT NULL CHECK (last_number > 0),
      PRIMARY KEY (tenant_id, issuer_org_unit_id, kind, year)
    );

    CREATE TABLE outgoing_register (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      issuer_org_unit_id uuid NOT NULL REFERENCES org_units(id),
      kind text NOT NULL,
      year integer NOT NULL,
      number integer NOT NULL CHECK (number > 0),
      symbol text NOT NULL,
      issued_on date NOT NULL,
      summary text NOT NULL,
      recipients jsonb NOT NULL DEFAULT '[]'::jsonb,
      document_type text NOT NULL,
      document_id uuid NOT NULL,
      registered_by uuid REFERENCES users(id),
      registered_at timestamptz NOT NULL DEFAULT now(),
      CHECK (EXTRACT(YEAR FROM issued_on)::int = year),
      UNIQUE (tenant_id, issuer_org_unit_id, kind, year, number),
      UNIQUE (document_type, document_id)
    );
    CREATE INDEX outgoing_register_by_body_year ON outgoing_register (tenant_id, issuer_org_unit_id, year, number);
  `,
  );
  for (const table of ['outgoing_register_counters', 'outgoing_register']) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_audit`)} AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION audit_row_change()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE outgoing_register`.execute(db);
  await sql`DROP TABLE outgoing_register_counters`.execute(db);
}
