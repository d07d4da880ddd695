import { documentReference, kindOfSymbol, type OutgoingDocumentType, registerYear } from '@kiemtra/domain';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../database.js';

export interface OutgoingEntry {
  id: string;
  issuerOrgUnitId: string;
  kind: string;
  year: number;
  number: number;
  symbol: string;
  reference: string;
  issuedOn: string;
  summary: string;
  recipients: string[];
  documentType: OutgoingDocumentType;
  documentId: string;
  registeredBy: string | null;
  registeredByName: string | null;
}

/**
 * Registers a document being issued and returns its number: the next of its body, kind and year.
 * Must run inside the issuing transaction: the counter row stays locked until it commits, so a
 * concurrent issue waits and takes the following number, and a rolled-back issue gives its
 * number back (no gaps). A document registered once is refused a second number by the database.
 * @example const { reference } = await registerOutgoing(trx, { …, symbol: 'TB-ĐKT', issuedOn: '2024-05-22' }) // '05/TB-ĐKT'
 */
export async function registerOutgoing(
  trx: Transaction<Database>,
  input: {
    tenantId: string;
    issuerOrgUnitId: string;
    symbol: string;
    issuedOn: string;
    summary: string;
    recipients: readonly string[];
    documentType: OutgoingDocumentType;
    documentId: string;
    registeredBy: string | null;
  },
): Promise<{ number: number; reference: string }> {
  const kind = kindOfSymbol(input.symbol);
  const year = registerYear(input.issuedOn);
  const counter = await trx
    .insertInto('outgoing_register_counters')
    .values({
      tenant_id: input.tenantId,
      issuer_org_unit_id: input.issuerOrgUnitId,
      kind,
      year,
      last_number: 1,
    })
    .onConflict((oc) =>
      oc
        .columns(['tenant_id', 'issuer_org_unit_id', 'kind', 'year'])
        .doUpdateSet({ last_number: sql`outgoing_register_counters.last_number + 1` }),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  const number = counter.last_number;
  await trx
    .insertInto('outgoing_register')
    .values({
      tenant_id: input.tenantId,
      issuer_org_unit_id: input.issuerOrgUnitId,
      kind,
      year,
      number,
      symbol: input.symbol.trim(),
      issued_on: input.issuedOn,
      summary: input.summary,
      recipients: JSON.stringify(input.recipients),
      document_type: input.documentType,
      document_id: input.documentId,
      registered_by: input.registeredBy,
    })
    .execute();
  return { number, reference: documentReference(number, input.symbol) };
}

/** A body's register for a year, in the order of its numbers (kind by kind). */
export async function listOutgoingRegister(
  db: Kysely<Database>,
  filter: { tenantId: string; issuerOrgUnitIds: readonly string[]; year: number },
): Promise<OutgoingEntry[]> {
  if (filter.issuerOrgUnitIds.length === 0) return [];
  const rows = await db
    .selectFrom('outgoing_register as r')
    .leftJoin('users as u', 'u.id', 'r.registered_by')
    .select([
      'r.id',
      'r.issuer_org_unit_id',
      'r.kind',
      'r.year',
      'r.number',
      'r.symbol',
      'r.issued_on',
      'r.summary',
      'r.recipients',
      'r.document_type',
      'r.document_id',
      'r.registered_by',
      'u.full_name',
    ])
    .where('r.tenant_id', '=', filter.tenantId)
    .where('r.issuer_org_unit_id', 'in', [...filter.issuerOrgUnitIds])
    .where('r.year', '=', filter.year)
    .orderBy('r.kind')
    .orderBy('r.number')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    issuerOrgUnitId: r.issuer_org_unit_id,
    kind: r.kind,
    year: r.year,
    number: r.number,
    symbol: r.symbol,
    reference: documentReference(r.number, r.symbol),
    issuedOn: r.issued_on,
    summary: r.summary,
    recipients: r.recipients,
    documentType: r.document_type as OutgoingDocumentType,
    documentId: r.document_id,
    registeredBy: r.registered_by,
    registeredByName: r.full_name,
  }));
}
