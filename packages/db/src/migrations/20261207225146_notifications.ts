import type { Kysely } from 'kysely';
import { runScript } from '../sql-script.js';

/**
 * Issue 15: what the portal's bell counts. Each notification reaches one person, once (its key:
 * which event or which reminder step, for whom); how it reaches them by e-mail is their choice per
 * kind, recorded at the time. A plan's reminder settings (null: the domain's defaults).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `CREATE TABLE notifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      recipient_id uuid NOT NULL REFERENCES users(id),
      kind text NOT NULL,
      title text NOT NULL,
      body text NOT NULL,
      link_path text NOT NULL,
      dedup_key text NOT NULL,
      delivery text NOT NULL DEFAULT 'portal' CHECK (delivery IN ('portal','email','digest')),
      emailed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz,
      UNIQUE (recipient_id, dedup_key)
    );
    CREATE INDEX notifications_recipient_idx ON notifications (recipient_id, created_at DESC, id DESC);
    CREATE INDEX notifications_unread_idx ON notifications (recipient_id) WHERE read_at IS NULL;
    CREATE INDEX notifications_to_email_idx ON notifications (delivery, created_at) WHERE emailed_at IS NULL AND delivery <> 'portal';
    CREATE TABLE notification_preferences (
      user_id uuid NOT NULL REFERENCES users(id),
      kind text NOT NULL,
      delivery text NOT NULL CHECK (delivery IN ('portal','email','digest')),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, kind)
    );
    ALTER TABLE plans ADD COLUMN reminder_settings jsonb;`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `ALTER TABLE plans DROP COLUMN reminder_settings;
    DROP TABLE notification_preferences;
    DROP TABLE notifications;`,
  );
}
