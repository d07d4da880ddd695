import type { NotificationDelivery, NotificationKind } from '@kiemtra/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

export interface NewNotification {
  tenantId: string;
  recipientId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  linkPath: string;
  dedupKey: string;
  /** From the caller's clock, to the millisecond (the page cursor compares it). */
  createdAt: Date;
}

export interface NotificationRecord {
  id: string;
  recipientId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  linkPath: string;
  delivery: NotificationDelivery;
  createdAt: Date;
  readAt: Date | null;
}

const COLUMNS = [
  'id',
  'recipient_id',
  'kind',
  'title',
  'body',
  'link_path',
  'delivery',
  'created_at',
  'read_at',
] as const;

type Row = {
  id: string;
  recipient_id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link_path: string;
  delivery: NotificationDelivery;
  created_at: Date;
  read_at: Date | null;
};

const toRecord = (r: Row): NotificationRecord => ({
  id: r.id,
  recipientId: r.recipient_id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  linkPath: r.link_path,
  delivery: r.delivery,
  createdAt: r.created_at,
  readAt: r.read_at,
});

/**
 * Records notifications in the caller's transaction, each with its recipient's chosen delivery for
 * its kind; one already recorded under the same key (a reminder step sent before a restart) is
 * left alone. Returns those recorded now.
 */
export async function insertNotifications(
  db: Executor,
  items: readonly NewNotification[],
): Promise<NotificationRecord[]> {
  if (items.length === 0) return [];
  const recipients = [...new Set(items.map((i) => i.recipientId))];
  const chosen = await db
    .selectFrom('notification_preferences')
    .select(['user_id', 'kind', 'delivery'])
    .where('user_id', 'in', recipients)
    .execute();
  const deliveryOf = new Map(chosen.map((c) => [`${c.user_id}:${c.kind}`, c.delivery]));
  const recorded: NotificationRecord[] = [];
  // A day's reminders of a whole province: a few hundred rows per statement.
  for (let from = 0; from < items.length; from += 500)
    recorded.push(...(await insertChunk(db, items.slice(from, from + 500), deliveryOf)));
  return recorded;
}

async function insertChunk(
  db: Executor,
  items: readonly NewNotification[],
  deliveryOf: ReadonlyMap<string, NotificationDelivery>,
): Promise<NotificationRecord[]> {
  const rows = await db
    .insertInto('notifications')
    .values(
      items.map((i) => ({
        tenant_id: i.tenantId,
        recipient_id: i.recipientId,
        kind: i.kind,
        title: i.title,
        body: i.body,
        link_path: i.linkPath,
        dedup_key: i.dedupKey,
        created_at: i.createdAt,
        delivery: deliveryOf.get(`${i.recipientId}:${i.kind}`) ?? 'portal',
      })),
    )
    .onConflict((oc) => oc.columns(['recipient_id', 'dedup_key']).doNothing())
    .returning(COLUMNS)
    .execute();
  return rows.map(toRecord);
}

/** One page of a person's notifications, newest first, after the cursor. */
export async function listNotifications(
  db: Executor,
  recipientId: string,
  page: { after?: { createdAt: Date; id: string }; unreadOnly: boolean; limit: number },
): Promise<NotificationRecord[]> {
  let query = db
    .selectFrom('notifications')
    .select(COLUMNS)
    .where('recipient_id', '=', recipientId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit);
  if (page.unreadOnly) query = query.where('read_at', 'is', null);
  const after = page.after;
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '<', after.createdAt),
        eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)]),
      ]),
    );
  return (await query.execute()).map(toRecord);
}

export async function countUnreadNotifications(db: Executor, recipientId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('recipient_id', '=', recipientId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks one of a person's own notifications read; false when they have none of that id. */
export async function markNotificationRead(
  db: Executor,
  recipientId: string,
  id: string,
  at: Date,
): Promise<NotificationRecord | undefined> {
  const own = await db
    .selectFrom('notifications')
    .select(COLUMNS)
    .where('id', '=', id)
    .where('recipient_id', '=', recipientId)
    .executeTakeFirst();
  if (!own) return undefined;
  if (own.read_at !== null) return toRecord(own);
  const row = await db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('id', '=', id)
    .where('recipient_id', '=', recipientId)
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

export async function markAllNotificationsRead(db: Executor, recipientId: string, at: Date): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('recipient_id', '=', recipientId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function listNotificationPreferences(
  db: Executor,
  userId: string,
): Promise<{ kind: NotificationKind; delivery: NotificationDelivery }[]> {
  return db
    .selectFrom('notification_preferences')
    .select(['kind', 'delivery'])
    .where('user_id', '=', userId)
    .orderBy('kind')
    .execute();
}

export async function setNotificationPreferences(
  db: Executor,
  userId: string,
  preferences: readonly { kind: NotificationKind; delivery: NotificationDelivery }[],
): Promise<void> {
  if (preferences.length === 0) return;
  await db
    .insertInto('notification_preferences')
    .values(preferences.map((p) => ({ user_id: userId, kind: p.kind, delivery: p.delivery })))
    .onConflict((oc) =>
      oc.columns(['user_id', 'kind']).doUpdateSet({
        delivery: (eb) => eb.ref('excluded.delivery'),
        updated_at: sql`now()`,
      }),
    )
    .execute();
}

/** Notifications to send by e-mail (or in a digest) not yet handed to the mailer, oldest first. */
export async function listNotificationsToEmail(
  db: Executor,
  delivery: 'email' | 'digest',
  limit: number,
): Promise<(NotificationRecord & { email: string | null; fullName: string })[]> {
  const rows = await db
    .selectFrom('notifications as n')
    .innerJoin('users as u', 'u.id', 'n.recipient_id')
    .select([
      'n.id',
      'n.recipient_id',
      'n.kind',
      'n.title',
      'n.body',
      'n.link_path',
      'n.delivery',
      'n.created_at',
      'n.read_at',
      'u.email',
      'u.full_name',
    ])
    .where('n.delivery', '=', delivery)
    .where('n.emailed_at', 'is', null)
    .orderBy('n.created_at')
    .orderBy('n.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...toRecord(r), email: r.email, fullName: r.full_name }));
}

/** The notifications handed to the mailer: they are not e-mailed again. */
export async function markNotificationsEmailed(
  db: Executor,
  ids: readonly string[],
  at: Date,
): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('notifications').set({ emailed_at: at }).where('id', 'in', ids).execute();
}

/** Notifications recorded so far, per kind, and how many of them went out by e-mail (for /metrics). */
export async function countNotificationsByKind(
  db: Kysely<Database>,
): Promise<{ kind: NotificationKind; recorded: number; emailed: number }[]> {
  const rows = await db
    .selectFrom('notifications')
    .groupBy('kind')
    .select(['kind', sql<string>`count(*)`.as('recorded'), sql<string>`count(emailed_at)`.as('emailed')])
    .execute();
  return rows.map((r) => ({ kind: r.kind, recorded: Number(r.recorded), emailed: Number(r.emailed) }));
}
