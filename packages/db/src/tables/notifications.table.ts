import type { NotificationDelivery, NotificationKind } from '@kiemtra/domain';
import type { Generated } from 'kysely';

/** One notification to one person (the portal's bell), once per key. */
export interface NotificationsTable {
  id: Generated<string>;
  tenant_id: string;
  recipient_id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link_path: string;
  dedup_key: string;
  delivery: Generated<NotificationDelivery>;
  emailed_at: Date | null;
  created_at: Generated<Date>;
  read_at: Date | null;
}

/** A person's choice of how a kind of notification reaches them. */
export interface NotificationPreferencesTable {
  user_id: string;
  kind: NotificationKind;
  delivery: NotificationDelivery;
  updated_at: Generated<Date>;
}
