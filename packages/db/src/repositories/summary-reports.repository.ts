import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

export interface SummaryReportRecord {
  id: string;
  roundId: string;
  title: string;
  body: string;
  /** What Sở Nội vụ proposes UBND tỉnh decides, one per line. */
  proposals: string;
  signerTitle: string;
  signerName: string;
  status: 'draft' | 'issued';
  documentNumber: string | null;
  issuedOn: string | null;
  version: number;
}

export async function findSummaryReport(db: Executor, roundId: string): Promise<SummaryReportRecord | null> {
  const r = await db
    .selectFrom('summary_reports')
    .where('round_id', '=', roundId)
    .select([
      'id',
      'round_id',
      'title',
      'body',
      'proposals',
      'signer_title',
      'signer_name',
      'status',
      'document_number',
      'issued_on',
      'version',
    ])
    .executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    roundId: r.round_id,
    title: r.title,
    body: r.body,
    proposals: r.proposals,
    signerTitle: r.signer_title,
    signerName: r.signer_name,
    status: r.status,
    documentNumber: r.document_number,
    issuedOn: r.issued_on,
    version: r.version,
  };
}

/**
 * Saves the report's text if still at `expectedVersion` (0: not saved yet) and, with `issue`,
 * issues it; the new version, or null on a concurrent edit or once issued.
 */
export async function saveSummaryReport(
  db: Executor,
  input: {
    tenantId: string;
    roundId: string;
    expectedVersion: number;
    title: string;
    body: string;
    proposals: string;
    signerTitle: string;
    signerName: string;
    issue?: { documentNumber: string; issuedOn: string };
  },
): Promise<number | null> {
  const issue = input.issue
    ? {
        status: 'issued' as const,
        document_number: input.issue.documentNumber,
        issued_on: input.issue.issuedOn,
      }
    : {};
  if (input.expectedVersion === 0) {
    const row = await db
      .insertInto('summary_reports')
      .values({
        tenant_id: input.tenantId,
        round_id: input.roundId,
        title: input.title,
        body: input.body,
        proposals: input.proposals,
        signer_title: input.signerTitle,
        signer_name: input.signerName,
        ...issue,
      })
      .onConflict((oc) => oc.column('round_id').doNothing())
      .returning('version')
      .executeTakeFirst();
    return row?.version ?? null;
  }
  const row = await db
    .updateTable('summary_reports')
    .set({
      title: input.title,
      body: input.body,
      proposals: input.proposals,
      signer_title: input.signerTitle,
      signer_name: input.signerName,
      ...issue,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('round_id', '=', input.roundId)
    .where('version', '=', input.expectedVersion)
    .where('status', '=', 'draft')
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}
