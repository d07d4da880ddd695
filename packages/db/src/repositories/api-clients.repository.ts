import type { ApiScope } from '@kiemtra/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

/** A bearer token as the API resolves it: the system it names and the limits of its validity. */
export interface ApiTokenRecord {
  tokenId: string;
  clientId: string;
  tenantId: string;
  name: string;
  scopes: ApiScope[];
  expiresAt: Date | null;
  retiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export async function findApiTokenByHash(db: Executor, tokenHash: string): Promise<ApiTokenRecord | null> {
  const row = await db
    .selectFrom('api_client_tokens as t')
    .innerJoin('api_clients as c', 'c.id', 't.api_client_id')
    .leftJoin('api_client_token_uses as u', 'u.token_id', 't.id')
    .select([
      't.id',
      't.api_client_id',
      'c.tenant_id',
      'c.name',
      'c.scopes',
      't.expires_at',
      't.retires_at',
      't.revoked_at',
      'u.last_used_at',
    ])
    .where('t.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return null;
  return {
    tokenId: row.id,
    clientId: row.api_client_id,
    tenantId: row.tenant_id,
    name: row.name,
    scopes: row.scopes,
    expiresAt: row.expires_at,
    retiresAt: row.retires_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  };
}

/** Records when and from where a token was last used; a write within the last minute is kept. */
export async function recordApiTokenUse(
  db: Executor,
  use: { tokenId: string; at: Date; from: string },
): Promise<void> {
  await db
    .insertInto('api_client_token_uses')
    .values({ token_id: use.tokenId, last_used_at: use.at, last_used_from: use.from })
    .onConflict((oc) =>
      oc
        .column('token_id')
        .doUpdateSet({
          last_used_at: (eb) => eb.ref('excluded.last_used_at'),
          last_used_from: (eb) => eb.ref('excluded.last_used_from'),
        })
        .where(
          'api_client_token_uses.last_used_at',
          '<',
          sql<Date>`${use.at}::timestamptz - interval '1 minute'`,
        ),
    )
    .execute();
}

export interface NewApiClient {
  tenantId: string;
  name: string;
  ownerUnitId: string | null;
  contact: string | null;
  scopes: ApiScope[];
}

export async function insertApiClientRow(db: Executor, client: NewApiClient): Promise<string> {
  const row = await db
    .insertInto('api_clients')
    .values({
      tenant_id: client.tenantId,
      name: client.name,
      owner_org_unit_id: client.ownerUnitId,
      contact: client.contact,
      scopes: JSON.stringify(client.scopes),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface NewApiToken {
  tenantId: string;
  clientId: string;
  tokenHash: string;
  hint: string;
  expiresAt: Date | null;
  replacesTokenId?: string | null;
}

export async function insertApiToken(db: Executor, token: NewApiToken): Promise<string> {
  const row = await db
    .insertInto('api_client_tokens')
    .values({
      tenant_id: token.tenantId,
      api_client_id: token.clientId,
      token_hash: token.tokenHash,
      hint: token.hint,
      expires_at: token.expiresAt,
      replaces_token_id: token.replacesTokenId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * A system with one token in use, in one go (tests and seeds; the portal registers, then issues).
 * @example await insertApiClient(db, { tenantId, name: 'Cổng dịch vụ công', tokenHash: hashToken(t), scopes: ['plans:read'] })
 */
export async function insertApiClient(
  db: Executor,
  client: Omit<NewApiClient, 'ownerUnitId' | 'contact'> &
    Partial<Pick<NewApiClient, 'ownerUnitId' | 'contact'>> & { tokenHash: string },
): Promise<string> {
  const id = await insertApiClientRow(db, { ownerUnitId: null, contact: null, ...client });
  await insertApiToken(db, {
    tenantId: client.tenantId,
    clientId: id,
    tokenHash: client.tokenHash,
    hint: '',
    expiresAt: null,
  });
  return id;
}

/** Changes a system's particulars if nobody changed them since `expectedVersion`; false otherwise. */
export async function updateApiClientRow(
  db: Executor,
  change: NewApiClient & { clientId: string; expectedVersion: number; now: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('api_clients')
    .set((eb) => ({
      name: change.name,
      owner_org_unit_id: change.ownerUnitId,
      contact: change.contact,
      scopes: JSON.stringify(change.scopes),
      version: eb('version', '+', 1),
      updated_at: change.now,
    }))
    .where('id', '=', change.clientId)
    .where('tenant_id', '=', change.tenantId)
    .where('version', '=', change.expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function setApiTokenRetiresAt(db: Executor, tokenId: string, retiresAt: Date): Promise<void> {
  await db
    .updateTable('api_client_tokens')
    .set({ retires_at: retiresAt })
    .where('id', '=', tokenId)
    .execute();
}

export async function setApiTokenRevokedAt(db: Executor, tokenId: string, revokedAt: Date): Promise<void> {
  await db
    .updateTable('api_client_tokens')
    .set({ revoked_at: revokedAt })
    .where('id', '=', tokenId)
    .execute();
}
