import type { ApiScope } from '@kiemtra/domain';
import type { Generated, JSONColumnType } from 'kysely';

/** A provincial system that calls the API (issue 11). */
export interface ApiClientsTable {
  id: Generated<string>;
  tenant_id: string;
  name: string;
  /** Null for systems registered before the register had owners. */
  owner_org_unit_id: string | null;
  contact: string | null;
  scopes: JSONColumnType<ApiScope[], string, string>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** One bearer token of a system; only its SHA-256 is stored. */
export interface ApiClientTokensTable {
  id: Generated<string>;
  tenant_id: string;
  api_client_id: string;
  token_hash: string;
  hint: string;
  replaces_token_id: string | null;
  created_at: Generated<Date>;
  expires_at: Date | null;
  retires_at: Date | null;
  revoked_at: Date | null;
}

export interface ApiClientTokenUsesTable {
  token_id: string;
  last_used_at: Date;
  last_used_from: string;
}
