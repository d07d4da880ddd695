import type { ApiScope } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

export interface ApiTokenView {
  id: string;
  hint: string;
  replacesTokenId: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  retiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  lastUsedFrom: string | null;
}

export interface ApiClientView {
  id: string;
  name: string;
  ownerUnitId: string | null;
  ownerUnitName: string | null;
  contact: string | null;
  scopes: ApiScope[];
  version: number;
  createdAt: Date;
  tokens: ApiTokenView[];
}

const clients = (db: Executor, tenantId: string) =>
  db
    .selectFrom('api_clients as c')
    .leftJoin('org_units as o', 'o.id', 'c.owner_org_unit_id')
    .select((eb) => [
      'c.id',
      'c.name',
      'c.owner_org_unit_id',
      'o.name as owner_unit_name',
      'c.contact',
      'c.scopes',
      'c.version',
      'c.created_at',
      jsonArrayFrom(
        eb
          .selectFrom('api_client_tokens as t')
          .leftJoin('api_client_token_uses as u', 'u.token_id', 't.id')
          .select([
            't.id',
            't.hint',
            't.replaces_token_id',
            't.created_at',
            't.expires_at',
            't.retires_at',
            't.revoked_at',
            'u.last_used_at',
            'u.last_used_from',
          ])
          .whereRef('t.api_client_id', '=', 'c.id')
          .orderBy('t.created_at', 'desc')
          .orderBy('t.id'),
      ).as('tokens'),
    ])
    .where('c.tenant_id', '=', tenantId);

type ClientRow = NonNullable<Awaited<ReturnType<ReturnType<typeof clients>['executeTakeFirst']>>>;

// jsonArrayFrom answers timestamps as text.
const date = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

function toView(row: ClientRow): ApiClientView {
  return {
    id: row.id,
    name: row.name,
    ownerUnitId: row.owner_org_unit_id,
    ownerUnitName: row.owner_unit_name,
    contact: row.contact,
    scopes: row.scopes,
    version: row.version,
    createdAt: row.created_at,
    tokens: row.tokens.map((t) => ({
      id: t.id,
      hint: t.hint,
      replacesTokenId: t.replaces_token_id,
      createdAt: date(t.created_at) ?? new Date(0),
      expiresAt: date(t.expires_at),
      retiresAt: date(t.retires_at),
      revokedAt: date(t.revoked_at),
      lastUsedAt: date(t.last_used_at),
      lastUsedFrom: t.last_used_from,
    })),
  };
}

/** The province's systems, by name, each with its tokens newest first. */
export async function listApiClients(db: Executor, tenantId: string): Promise<ApiClientView[]> {
  const rows = await clients(db, tenantId).orderBy('c.name').orderBy('c.id').limit(1000).execute();
  return rows.map(toView);
}

export async function findApiClient(
  db: Executor,
  tenantId: string,
  clientId: string,
): Promise<ApiClientView | null> {
  const row = await clients(db, tenantId).where('c.id', '=', clientId).executeTakeFirst();
  return row ? toView(row) : null;
}

/** A token of the province, locked for the rest of the transaction (two rotations never race). */
export async function lockApiToken(db: Executor, tenantId: string, tokenId: string) {
  const row = await db
    .selectFrom('api_client_tokens')
    .select(['id', 'api_client_id', 'expires_at', 'retires_at', 'revoked_at'])
    .where('id', '=', tokenId)
    .where('tenant_id', '=', tenantId)
    .forUpdate()
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        clientId: row.api_client_id,
        expiresAt: row.expires_at,
        retiresAt: row.retires_at,
        revokedAt: row.revoked_at,
      }
    : null;
}
