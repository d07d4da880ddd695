import type { Kysely } from 'kysely';
import { runScript } from '../sql-script.js';

/**
 * Issue 16. OAuth2 client credentials: a system exchanges its registered token (the client secret,
 * kept as its SHA-256 in api_client_tokens) for a short-lived access token, kept here as its SHA-256
 * too, tied to the credential it came from, so that expiring, rotating or revoking the credential
 * ends its access tokens at once. And the log of every call to /api/v1, for the administrator.
 * Neither is audited: an access token is nobody's change (like a session), and a call is a use.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    CREATE TABLE api_access_tokens (
      token_hash text PRIMARY KEY,
      tenant_id text NOT NULL REFERENCES tenants(id),
      api_client_id uuid NOT NULL REFERENCES api_clients(id),
      credential_token_id uuid NOT NULL REFERENCES api_client_tokens(id),
      -- The scopes asked for at the token endpoint (the system's own at the time of each call win).
      scopes jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX api_access_tokens_expiry_idx ON api_access_tokens (expires_at);

    CREATE TABLE api_client_calls (
      id bigserial PRIMARY KEY,
      tenant_id text REFERENCES tenants(id),
      -- Null: no system was recognised (no or a wrong credential).
      api_client_id uuid REFERENCES api_clients(id),
      operation text NOT NULL,
      method text NOT NULL,
      path text NOT NULL,
      status integer NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('ok','not_modified','refused','rate_limited','failed')),
      client_ip text NOT NULL,
      duration_ms integer NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX api_client_calls_client_idx ON api_client_calls (api_client_id, at DESC);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(db, 'DROP TABLE api_client_calls;\nDROP TABLE api_access_tokens;');
}
