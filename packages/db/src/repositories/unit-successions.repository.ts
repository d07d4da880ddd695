import type { LegalBasis, UnitSuccession } from '@kiemtra/domain';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** Every succession recorded in the province, oldest first: what the succession rules read. */
export async function loadSuccessions(db: Executor, tenantId: string): Promise<UnitSuccession[]> {
  const rows = await db
    .selectFrom('org_unit_successions')
    .select([
      'predecessor_id',
      'successor_id',
      'effective_from',
      'basis_kind',
      'basis_number',
      'basis_date',
      'basis_issuer',
    ])
    .where('tenant_id', '=', tenantId)
    .orderBy('effective_from')
    .orderBy('created_at')
    .orderBy('predecessor_id')
    .orderBy('sort_order')
    .execute();
  return rows.map((r) => ({
    predecessorId: r.predecessor_id,
    successorId: r.successor_id,
    effectiveFrom: r.effective_from,
    basis: { kind: r.basis_kind, number: r.basis_number, date: r.basis_date, issuer: r.basis_issuer },
  }));
}

/** Records that `successorIds` take over `predecessorId`'s work from `effectiveFrom`, in the order given. */
export async function insertSuccessions(
  trx: Transaction<Database>,
  succession: {
    tenantId: string;
    predecessorId: string;
    successorIds: readonly string[];
    effectiveFrom: string;
    basis: LegalBasis;
  },
): Promise<void> {
  if (succession.successorIds.length === 0) return;
  await trx
    .insertInto('org_unit_successions')
    .values(
      succession.successorIds.map((successorId, index) => ({
        tenant_id: succession.tenantId,
        predecessor_id: succession.predecessorId,
        successor_id: successorId,
        effective_from: succession.effectiveFrom,
        basis_kind: succession.basis.kind,
        basis_number: succession.basis.number,
        basis_date: succession.basis.date,
        basis_issuer: succession.basis.issuer,
        sort_order: index,
      })),
    )
    .execute();
}
