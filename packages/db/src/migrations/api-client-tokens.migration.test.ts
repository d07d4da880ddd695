import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection.js';
import { findApiTokenByHash } from '../repositories/api-clients.repository.js';
import { createTestDatabase } from '../testing/index.js';
import * as apiClientTokens from './20261207142050_api_client_tokens.js';
import * as accessTokensAndCalls from './20261207231412_api_access_tokens_and_calls.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

describe('migration 20261207142050_api_client_tokens', () => {
  it('moves every system’s token to the token table, a revoked one staying revoked', async () => {
    const db = handle.db as unknown as Kysely<unknown>;
    // A later migration's tables point at the token table: stepped back first, forward again after.
    await accessTokensAndCalls.down(db);
    await apiClientTokens.down(db);
    await sql`INSERT INTO tenants (id, name) VALUES ('tinh-thu', 'Tỉnh thử')`.execute(db);
    await sql`
      INSERT INTO api_clients (tenant_id, name, token_hash, scopes, revoked_at) VALUES
        ('tinh-thu', 'Một cửa', 'hash-in-use', '["plans:read"]', NULL),
        ('tinh-thu', 'Cũ', 'hash-revoked', '[]', '2026-01-01T00:00:00Z')`.execute(db);
    await apiClientTokens.up(db);
    await accessTokensAndCalls.up(db);
    const inUse = await findApiTokenByHash(handle.db, 'hash-in-use');
    expect(inUse).toMatchObject({
      tenantId: 'tinh-thu',
      name: 'Một cửa',
      scopes: ['plans:read'],
      revokedAt: null,
    });
    const revoked = await findApiTokenByHash(handle.db, 'hash-revoked');
    expect(revoked?.revokedAt).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(inUse?.expiresAt).toBeNull();
  });
});
