import type { Kysely } from 'kysely';
import { runScript } from '../sql-script.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      org_unit_id uuid NOT NULL REFERENCES org_units(id),
      username text NOT NULL UNIQUE,
      full_name text NOT NULL,
      position text,
      password_hash text NOT NULL,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE user_roles (
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('plan_admin','team_leader','inspector','unit_reporter','unit_head','leadership_viewer')),
      PRIMARY KEY (user_id, role)
    );

    -- The cookie holds a random token; only its SHA-256 is stored, so a leaked table opens no session.
    CREATE TABLE sessions (
      token_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX sessions_user_idx ON sessions (user_id);

    CREATE TABLE sign_in_attempts (
      id bigserial PRIMARY KEY,
      username text NOT NULL,
      client_ip text NOT NULL,
      succeeded boolean NOT NULL,
      attempted_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX sign_in_attempts_username_idx ON sign_in_attempts (username, attempted_at);
    CREATE INDEX sign_in_attempts_ip_idx ON sign_in_attempts (client_ip, attempted_at);

    CREATE TABLE api_clients (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      name text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      scopes jsonb NOT NULL DEFAULT '[]'::jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `DROP TABLE api_clients;
  DROP TABLE sign_in_attempts;
  DROP TABLE sessions;
  DROP TABLE user_roles;
  DROP TABLE users;`,
  );
}
