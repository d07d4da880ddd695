import {
  countUnreadNotifications,
  listNotificationPreferences,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  type NotificationRecord,
  setNotificationPreferences,
} from '@kiemtra/db';
import {
  DomainError,
  deliveriesOf,
  groupByDay,
  listNotificationsInput,
  markNotificationReadInput,
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_DELIVERY_LABELS,
  NOTIFICATION_KIND_LABELS,
  NOTIFICATION_KINDS,
  setNotificationPreferencesInput,
} from '@kiemtra/domain';
import { procedureFor, router } from '../init.js';

// Every procedure reads and changes only the signed-in person's own notifications.
const OWN = procedureFor('notification.read');

const timeText = (at: Date) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);

const toDto = (n: NotificationRecord) => ({
  id: n.id,
  kind: n.kind,
  kindLabel: NOTIFICATION_KIND_LABELS[n.kind],
  title: n.title,
  body: n.body,
  href: n.linkPath,
  createdAt: n.createdAt.toISOString(),
  timeText: timeText(n.createdAt),
  read: n.readAt !== null,
});

/** The portal's bell and the page Thông báo (issue 15). */
export const notificationsRouter = router({
  /** One page of one's notifications, grouped by day (dd/mm/yyyy), newest first; `nextCursor` opens the next. */
  list: OWN.input(listNotificationsInput).query(async ({ ctx, input }) => {
    const rows = await listNotifications(ctx.db, ctx.actor.id, {
      ...(input.cursor && { after: { createdAt: new Date(input.cursor.createdAt), id: input.cursor.id } }),
      unreadOnly: input.unreadOnly,
      limit: input.limit + 1,
    });
    const page = rows.slice(0, input.limit);
    const last = page.at(-1);
    return {
      days: groupByDay(page).map((g) => ({ day: g.day, items: g.items.map(toDto) })),
      nextCursor:
        rows.length > input.limit && last ? { createdAt: last.createdAt.toISOString(), id: last.id } : null,
    };
  }),

  /** The bell's number. */
  unreadCount: OWN.query(async ({ ctx }) => ({
    count: await countUnreadNotifications(ctx.db, ctx.actor.id),
  })),

  /** Opened: read. Marking again changes nothing. */
  markRead: OWN.input(markNotificationReadInput).mutation(async ({ ctx, input }) => {
    const marked = await markNotificationRead(ctx.db, ctx.actor.id, input.notificationId, ctx.clock.now());
    if (!marked) throw new DomainError('NOT_FOUND', 'Không tìm thấy thông báo này.');
    return toDto(marked);
  }),

  markAllRead: OWN.mutation(async ({ ctx }) => ({
    marked: await markAllNotificationsRead(ctx.db, ctx.actor.id, ctx.clock.now()),
  })),

  /** How each kind reaches this person, with the words of every choice. */
  preferences: OWN.query(async ({ ctx }) => {
    const chosen = deliveriesOf(await listNotificationPreferences(ctx.db, ctx.actor.id));
    return {
      deliveries: NOTIFICATION_DELIVERIES.map((d) => ({ value: d, label: NOTIFICATION_DELIVERY_LABELS[d] })),
      kinds: NOTIFICATION_KINDS.map((k) => ({
        kind: k,
        label: NOTIFICATION_KIND_LABELS[k],
        delivery: chosen[k],
      })),
    };
  }),

  setPreferences: OWN.input(setNotificationPreferencesInput).mutation(async ({ ctx, input }) => {
    await setNotificationPreferences(ctx.db, ctx.actor.id, input.preferences);
    return { saved: input.preferences.length };
  }),
});
