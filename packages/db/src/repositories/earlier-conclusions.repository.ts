import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

export interface EarlierConclusionRecord {
  id: string;
  orgUnitId: string;
  year: number;
  issuer: string;
  documentNumber: string;
  documentDate: string;
}

export async function insertEarlierConclusion(
  db: Executor,
  input: Omit<EarlierConclusionRecord, 'id'> & { tenantId: string },
): Promise<string> {
  const row = await db
    .insertInto('earlier_conclusions')
    .values({
      tenant_id: input.tenantId,
      org_unit_id: input.orgUnitId,
      year: input.year,
      issuer: input.issuer,
      document_number: input.documentNumber,
      document_date: input.documentDate,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A unit's conclusions of the years before `beforeYear`, oldest first. */
export async function listEarlierConclusions(
  db: Executor,
  orgUnitId: string,
  beforeYear: number,
): Promise<EarlierConclusionRecord[]> {
  const rows = await db
    .selectFrom('earlier_conclusions')
    .where('org_unit_id', '=', orgUnitId)
    .where('year', '<', beforeYear)
    .select(['id', 'org_unit_id', 'year', 'issuer', 'document_number', 'document_date'])
    .orderBy('year')
    .orderBy('document_date')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    orgUnitId: r.org_unit_id,
    year: r.year,
    issuer: r.issuer,
    documentNumber: r.document_number,
    documentDate: r.document_date,
  }));
}
