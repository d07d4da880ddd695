import type { ApiCallOutcome, ApiScope } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { ApiTokenRecord } from './api-clients.repository.js';

type Executor = Kysely<Database>;

/** Keeps the hash of a new access token exchanged for the credential `credentialTokenId`. */
export async function insertApiAccessToken(
  db: Executor,
  token: {
    tokenHash: string;
    tenantId: string;
    clientId: string;
    credentialTokenId: string;
    scopes: ApiScope[];
    expiresAt: Date;
  },
): Promise<void> {
  await db
    .insertInto('api_access_tokens')
    .values({
      token_hash: token.tokenHash,
      tenant_id: token.tenantId,
      api_client_id: token.clientId,
      credential_token_id: token.credentialTokenId,
      scopes: JSON.stringify(token.scopes),
      expires_at: token.expiresAt,
    })
    .execute();
  // Those expired a day ago are of no use to anybody: they go as new ones come.
  await db
    .deleteFrom('api_access_tokens')
    .where('expires_at', '<', new Date(token.expiresAt.getTime() - 86_400_000))
    .execute();
}

/**
 * An access token as the API resolves it: its credential's record (whose expiry, rotation and
 * revocation still rule) with the access token's own expiry and asked scopes.
 */
export async function findApiAccessTokenByHash(
  db: Executor,
  tokenHash: string,
): Promise<(Omit<ApiTokenRecord, 'lastUsedAt'> & { accessExpiresAt: Date; askedScopes: ApiScope[] }) | null> {
  const row = await db
    .selectFrom('api_access_tokens as a')
    .innerJoin('api_client_tokens as t', 't.id', 'a.credential_token_id')
    .innerJoin('api_clients as c', 'c.id', 'a.api_client_id')
    .select([
      't.id',
      'a.api_client_id',
      'c.tenant_id',
      'c.name',
      'c.scopes',
      't.expires_at',
      't.retires_at',
      't.revoked_at',
      'a.expires_at as access_expires_at',
      'a.scopes as asked_scopes',
    ])
    .where('a.token_hash', '=', tokenHash)
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
    accessExpiresAt: row.access_expires_at,
    askedScopes: row.asked_scopes,
  };
}

export interface ApiCallRecord {
  tenantId: string | null;
  clientId: string | null;
  operation: string;
  method: string;
  path: string;
  status: number;
  outcome: ApiCallOutcome;
  clientIp: string;
  durationMs: number;
  at: Date;
}

export async function recordApiCall(db: Executor, call: ApiCallRecord): Promise<void> {
  await db
    .insertInto('api_client_calls')
    .values({
      tenant_id: call.tenantId,
      api_client_id: call.clientId,
      operation: call.operation,
      method: call.method,
      path: call.path,
      status: call.status,
      outcome: call.outcome,
      client_ip: call.clientIp,
      duration_ms: call.durationMs,
      at: call.at,
    })
    .execute();
}

/** The latest calls of one system of a province, newest first. */
export async function listApiCalls(db: Executor, tenantId: string, clientId: string, limit: number) {
  const rows = await db
    .selectFrom('api_client_calls')
    .select(['id', 'operation', 'method', 'path', 'status', 'outcome', 'client_ip', 'duration_ms', 'at'])
    .where('tenant_id', '=', tenantId)
    .where('api_client_id', '=', clientId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: String(r.id),
    operation: r.operation,
    method: r.method,
    path: r.path,
    status: r.status,
    outcome: r.outcome,
    clientIp: r.client_ip,
    durationMs: r.duration_ms,
    at: r.at,
  }));
}
