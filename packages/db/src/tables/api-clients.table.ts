import type { ApiCallOutcome, ApiScope } from '@kiemtra/domain';
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

/** A short-lived OAuth2 access token (issue 16); only its SHA-256 is stored. Not audited. */
export interface ApiAccessTokensTable {
  token_hash: string;
  tenant_id: string;
  api_client_id: string;
  credential_token_id: string;
  scopes: JSONColumnType<ApiScope[], string, string>;
  created_at: Generated<Date>;
  expires_at: Date;
}

/** One call to /api/v1 (issue 16), for the administrator to see. Not audited. */
export interface ApiClientCallsTable {
  id: Generated<string>;
  tenant_id: string | null;
  api_client_id: string | null;
  operation: string;
  method: string;
  path: string;
  status: number;
  outcome: ApiCallOutcome;
  client_ip: string;
  duration_ms: number;
  at: Generated<Date>;
}
