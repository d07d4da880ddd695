import type { Kysely } from 'kysely';
import { runScript } from '../sql-script.js';

/**
 * Issue 11: the register of provincial systems. A system has its owner unit and contact, and
 * several tokens, each with its own expiry, the end of its grace after a rotation, and its
 * revocation. The existing tokens move to the new table unchanged (no expiry).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    ALTER TABLE api_clients
      ADD COLUMN owner_org_unit_id uuid REFERENCES org_units(id),
      ADD COLUMN contact text,
      ADD COLUMN version integer NOT NULL DEFAULT 1,
      ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

    CREATE TABLE api_client_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      api_client_id uuid NOT NULL REFERENCES api_clients(id),
      token_hash text NOT NULL UNIQUE,
      -- The token's first characters, for the administrator to tell tokens apart; useless alone.
      hint text NOT NULL,
      replaces_token_id uuid REFERENCES api_client_tokens(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz,
      retires_at timestamptz,
      revoked_at timestamptz
    );
    CREATE INDEX api_client_tokens_client_idx ON api_client_tokens (api_client_id, created_at);

    -- Not audited: a use is nobody's change, and a busy system would fill the log.
    CREATE TABLE api_client_token_uses (
      token_id uuid PRIMARY KEY REFERENCES api_client_tokens(id),
      last_used_at timestamptz NOT NULL,
      last_used_from text NOT NULL
    );

    INSERT INTO api_client_tokens (tenant_id, api_client_id, token_hash, hint, created_at, revoked_at)
      SELECT tenant_id, id, token_hash, '', created_at, revoked_at FROM api_clients;
    ALTER TABLE api_clients DROP COLUMN token_hash;
    ALTER TABLE api_clients DROP COLUMN revoked_at;

    CREATE TRIGGER api_client_tokens_audit AFTER INSERT OR UPDATE OR DELETE ON api_client_tokens
      FOR EACH ROW EXECUTE FUNCTION audit_row_change();
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    ALTER TABLE api_clients ADD COLUMN token_hash text, ADD COLUMN revoked_at timestamptz;
    UPDATE api_clients c SET token_hash = t.token_hash, revoked_at = t.revoked_at
      FROM (SELECT DISTINCT ON (api_client_id) api_client_id, token_hash, revoked_at
            FROM api_client_tokens ORDER BY api_client_id, created_at DESC) t
      WHERE t.api_client_id = c.id;
    DELETE FROM api_clients WHERE token_hash IS NULL;
    ALTER TABLE api_clients ALTER COLUMN token_hash SET NOT NULL, ADD CONSTRAINT api_clients_token_hash_key UNIQUE (token_hash);
    DROP TABLE api_client_token_uses;
    DROP TABLE api_client_tokens;
    ALTER TABLE api_clients DROP COLUMN owner_org_unit_id, DROP COLUMN contact, DROP COLUMN version, DROP COLUMN updated_at;
  `,
  );
}
