import type { Database } from '@kiemtra/db';
import type { Kysely } from 'kysely';
import { hashInput, idempotencyKeyOf, runIdempotent } from '../idempotency/run-idempotent.js';
import { middleware } from './init.js';

/** A failed create, carried out of the transaction so that it rolls back, key and all. */
class RolledBack<R> {
  constructor(readonly result: R) {}
}

/**
 * Issue 18: every create takes an `Idempotency-Key` header. Sent again with the same key and input
 * (a retry after a timeout), it answers the first result instead of creating a duplicate; with
 * another input, a 409. Without a key the create runs as before. Place it after `.input()`.
 */
export const idempotentCreate = middleware(async ({ ctx, path, input, next }) => {
  const key = idempotencyKeyOf(ctx.idempotencyKey);
  if (key === null || !ctx.profile) return next();
  const request = {
    actor: ctx.profile.actor,
    procedure: path,
    key,
    inputHash: hashInput(input),
    now: ctx.clock.now(),
  };
  try {
    const data = await runIdempotent(ctx.db, request, async (trx) => {
      const result = await next({ ctx: { db: trx as Kysely<Database> } });
      if (!result.ok) throw new RolledBack(result);
      return result.data;
    });
    // tRPC's own shape of a middleware's success; a replayed answer has no later middleware to make it.
    return { ok: true as const, data, ctx, marker: 'middlewareMarker' as never };
  } catch (error) {
    if (error instanceof RolledBack) return error.result as never;
    throw error;
  }
});
