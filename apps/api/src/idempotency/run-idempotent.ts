import { createHash } from 'node:crypto';
import {
  claimIdempotencyKey,
  type Database,
  findIdempotencyKey,
  type IdempotencyKeyId,
  renewIdempotencyKey,
  storeIdempotentResult,
} from '@kiemtra/db';
import {
  type Actor,
  DomainError,
  IDEMPOTENCY_MISMATCH_MESSAGE,
  idempotencyKeySchema,
  idempotentReplay,
} from '@kiemtra/domain';
import type { Kysely, Transaction } from 'kysely';
import superjson, { type SuperJSONResult } from 'superjson';

export interface IdempotentRequest {
  actor: Actor;
  procedure: string;
  key: string;
  /** What makes two requests the same (see hashInput). */
  inputHash: string;
  now: Date;
}

/** The `Idempotency-Key` header's value, checked; null when none was sent. */
export function idempotencyKeyOf(header: string | string[] | undefined): string | null {
  if (header === undefined) return null;
  const parsed = idempotencyKeySchema.safeParse(header);
  if (!parsed.success) throw new DomainError('INVALID_INPUT', parsed.error.issues[0]?.message ?? '');
  return parsed.data;
}

/**
 * The sha-256 of an input, the same for the same values whatever the order of their keys.
 * @example hashInput({ a: 1, b: 2 }) === hashInput({ b: 2, a: 1 }) // true
 */
export function hashInput(input: unknown): string {
  const { json, meta } = superjson.serialize(input);
  return createHash('sha256')
    .update(canonicalJson(json))
    .update('\u0000')
    .update(canonicalJson(meta ?? null))
    .digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Runs a create once per key: the key is claimed and the answer kept in the create's own
 * transaction, so a create that fails leaves no key and a retry after a lost answer gets the first
 * answer. The same key with another input is a 409. `work` gets the transaction to write in.
 */
export async function runIdempotent<T>(
  db: Kysely<Database>,
  request: IdempotentRequest,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  const id: IdempotencyKeyId = {
    actorKind: request.actor.kind,
    actorId: request.actor.id,
    procedure: request.procedure,
    key: request.key,
  };
  const claim = { inputHash: request.inputHash, at: request.now };
  return db.transaction().execute(async (trx) => {
    if (!(await claimIdempotencyKey(trx, id, claim))) {
      const stored = await findIdempotencyKey(trx, id);
      if (!stored) throw new Error('an idempotency key vanished while claimed');
      const decision = idempotentReplay({
        storedHash: stored.inputHash,
        storedAt: stored.createdAt,
        inputHash: request.inputHash,
        now: request.now,
      });
      if (decision === 'replay') return superjson.deserialize<T>(stored.result as SuperJSONResult);
      if (decision === 'mismatch') throw new DomainError('CONFLICT', IDEMPOTENCY_MISMATCH_MESSAGE);
      await renewIdempotencyKey(trx, id, claim);
    }
    const result = await work(trx);
    await storeIdempotentResult(trx, id, superjson.serialize(result));
    return result;
  });
}
