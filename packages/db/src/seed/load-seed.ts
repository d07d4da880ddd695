import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';
import { tenantExists } from '../repositories/province-setup.repository.js';
import { withActor } from '../with-actor.js';
import { BINH_DINH_2024, DEMO_PASSWORD } from './binh-dinh-2024/index.js';
import type { SeedData } from './binh-dinh-2024/seed-types.js';
import { insertSeed } from './insert-seed.js';

export interface SeedDeps {
  hashPassword(password: string): Promise<string>;
}

/**
 * Loads a province's seed once: when its tenant exists nothing is written and `loaded` is false.
 * Two processes starting together are serialised by a transaction-level advisory lock taken
 * before the check, so the loser sees the winner's tenant row and stops.
 *
 * @example await loadSeed(db, BINH_DINH_2024, { hashPassword }) // { loaded: true }, then { loaded: false }
 */
export async function loadSeed(
  db: Kysely<Database>,
  data: SeedData,
  deps: SeedDeps,
  password: string,
): Promise<{ loaded: boolean }> {
  const tenantId = data.tenant.id;
  // Skips the (slow, argon2) hashing on every ordinary restart.
  if (await tenantExists(db, tenantId)) return { loaded: false };

  const passwordHashes = new Map<string, string>();
  for (const account of data.accounts) {
    passwordHashes.set(account.username, await deps.hashPassword(password));
  }

  return withActor(db, { kind: 'system', id: null, name: 'Dữ liệu khởi tạo', tenantId }, async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`kiemtra.seed:${tenantId}`}))`.execute(trx);
    if (await tenantExists(trx, tenantId)) return { loaded: false };
    await insertSeed(trx, data, passwordHashes);
    return { loaded: true };
  });
}

/** The 2024 Bình Định plan, its units and the demo accounts (password `kiemtra2024`). */
export function loadBinhDinh2024(db: Kysely<Database>, deps: SeedDeps): Promise<{ loaded: boolean }> {
  return loadSeed(db, BINH_DINH_2024, deps, DEMO_PASSWORD);
}
