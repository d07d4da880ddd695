import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

/** What the throttle needs to know before a password is checked (see the domain's decideSignIn). */
export interface SignInAttemptFacts {
  pair: { failures: number; lastAt: Date | null };
  knownAddress: boolean;
  unknownAddresses: { failures: number; lastAt: Date | null };
  address: { failures: number };
}

/**
 * Counts, decides and records an attempt in one transaction, one account at a time: concurrent or
 * batched attempts on an account are decided one after the other, each seeing the ones before.
 * The attempt is recorded as a failure until `markSignInSucceeded`; a refused one is not recorded.
 * Returns the attempt's id, or null when `decide` refused it.
 */
export async function reserveSignInAttempt(
  db: Executor,
  attempt: { username: string; clientIp: string; at: Date; since: Date },
  decide: (facts: SignInAttemptFacts) => boolean,
): Promise<string | null> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:${attempt.username}`}))`.execute(trx);
    const known = await trx
      .selectFrom('sign_in_attempts')
      .select('client_ip')
      .distinct()
      .where('username', '=', attempt.username)
      .where('succeeded', '=', true)
      .execute();
    const knownIps = new Set(known.map((r) => r.client_ip));
    const recent = await trx
      .selectFrom('sign_in_attempts')
      .select(['id', 'client_ip', 'succeeded', 'attempted_at'])
      .where('username', '=', attempt.username)
      .where('attempted_at', '>', attempt.since)
      .orderBy('id')
      .execute();
    const pair = { failures: 0, lastAt: null as Date | null };
    const unknownAddresses = { failures: 0, lastAt: null as Date | null };
    for (const r of recent) {
      if (r.client_ip === attempt.clientIp) {
        if (r.succeeded) {
          pair.failures = 0;
          pair.lastAt = null;
        } else {
          pair.failures += 1;
          pair.lastAt = r.attempted_at;
        }
      }
      if (!r.succeeded && !knownIps.has(r.client_ip)) {
        unknownAddresses.failures += 1;
        unknownAddresses.lastAt = r.attempted_at;
      }
    }
    const fromAddress = await trx
      .selectFrom('sign_in_attempts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('client_ip', '=', attempt.clientIp)
      .where('succeeded', '=', false)
      .where('attempted_at', '>', attempt.since)
      .executeTakeFirstOrThrow();
    const facts = {
      pair,
      knownAddress: knownIps.has(attempt.clientIp),
      unknownAddresses,
      address: { failures: Number(fromAddress.n) },
    };
    if (!decide(facts)) return null;
    const row = await trx
      .insertInto('sign_in_attempts')
      .values({
        username: attempt.username,
        client_ip: attempt.clientIp,
        succeeded: false,
        attempted_at: attempt.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return String(row.id);
  });
}

/** The password was right: the attempt no longer counts as a failure, and its address is known. */
export async function markSignInSucceeded(db: Executor, attemptId: string): Promise<void> {
  await db.updateTable('sign_in_attempts').set({ succeeded: true }).where('id', '=', attemptId).execute();
}
