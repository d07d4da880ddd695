import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';

/** One create's key: whose, for which procedure, which key. */
export interface IdempotencyKeyId {
  actorKind: 'user' | 'api_client';
  actorId: string;
  procedure: string;
  key: string;
}

const whereKey = (id: IdempotencyKeyId) =>
  ({
    actor_kind: id.actorKind,
    actor_id: id.actorId,
    procedure: id.procedure,
    key: id.key,
  }) as const;

/**
 * Claims the key in the create's transaction; false when it is already taken. On PostgreSQL a
 * concurrent claim of the same key waits here until the first transaction ends: it then sees the
 * first answer (committed) or takes the key (rolled back).
 */
export async function claimIdempotencyKey(
  trx: Transaction<Database>,
  id: IdempotencyKeyId,
  claim: { inputHash: string; at: Date },
): Promise<boolean> {
  const inserted = await trx
    .insertInto('idempotency_keys')
    .values({ ...whereKey(id), input_hash: claim.inputHash, result: 'null', created_at: claim.at })
    .onConflict((oc) => oc.columns(['actor_kind', 'actor_id', 'procedure', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The stored claim, locked for this transaction (an expired one is then taken over). */
export async function findIdempotencyKey(trx: Transaction<Database>, id: IdempotencyKeyId) {
  const w = whereKey(id);
  const row = await trx
    .selectFrom('idempotency_keys')
    .select(['input_hash', 'result', 'created_at'])
    .where('actor_kind', '=', w.actor_kind)
    .where('actor_id', '=', w.actor_id)
    .where('procedure', '=', w.procedure)
    .where('key', '=', w.key)
    .forUpdate()
    .executeTakeFirst();
  return row ? { inputHash: row.input_hash, result: row.result, createdAt: row.created_at } : null;
}

/** Takes over an expired key for a new create. */
export async function renewIdempotencyKey(
  trx: Transaction<Database>,
  id: IdempotencyKeyId,
  claim: { inputHash: string; at: Date },
): Promise<void> {
  const w = whereKey(id);
  await trx
    .updateTable('idempotency_keys')
    .set({ input_hash: claim.inputHash, result: 'null', created_at: claim.at })
    .where('actor_kind', '=', w.actor_kind)
    .where('actor_id', '=', w.actor_id)
    .where('procedure', '=', w.procedure)
    .where('key', '=', w.key)
    .execute();
}

/** Keeps the create's answer under its key, in the create's transaction. */
export async function storeIdempotentResult(
  trx: Transaction<Database>,
  id: IdempotencyKeyId,
  result: unknown,
): Promise<void> {
  const w = whereKey(id);
  await trx
    .updateTable('idempotency_keys')
    .set({ result: JSON.stringify(result) })
    .where('actor_kind', '=', w.actor_kind)
    .where('actor_id', '=', w.actor_id)
    .where('procedure', '=', w.procedure)
    .where('key', '=', w.key)
    .execute();
}

/** Deletes the keys claimed before `before`; returns how many. */
export async function sweepIdempotencyKeys(db: Kysely<Database>, before: Date): Promise<number> {
  const result = await db.deleteFrom('idempotency_keys').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
