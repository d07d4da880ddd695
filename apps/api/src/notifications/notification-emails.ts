import {
  type Database,
  listNotificationsToEmail,
  markNotificationsEmailed,
  type NotificationRecord,
} from '@kiemtra/db';
import { digestEmail, notificationEmail, todayInVietnam, toIsoDate } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import type { JobQueue } from '../jobs/job-queue.js';
import { EMAIL_JOB } from '../mail/email-job.js';

export interface MailingDeps {
  db: Kysely<Database>;
  queue: JobQueue;
  /** The portal's address, for the absolute links. */
  origin: string;
  now: Date;
}

const asEmail = (n: NotificationRecord) => ({ title: n.title, body: n.body, href: n.linkPath });

/**
 * Hands to `email.send` every notification whose person chose e-mail for its kind and that was not
 * handed yet, each under its own key (`email:notification:<id>`), in one transaction with marking
 * it handed: sent once, even if this runs again after a crash. A person without an address gets
 * none (the portal still shows it).
 * @returns how many e-mails were queued
 */
export async function queueNotificationEmails(deps: MailingDeps): Promise<number> {
  return deps.db.transaction().execute(async (trx) => {
    const due = await listNotificationsToEmail(trx, 'email', 200);
    let queued = 0;
    for (const n of due) {
      if (n.email === null) continue;
      const { created } = await deps.queue.send(
        EMAIL_JOB,
        { to: n.email, ...notificationEmail(asEmail(n), deps.origin) },
        { key: `email:notification:${n.id}`, trx },
      );
      if (created) queued += 1;
    }
    await markNotificationsEmailed(
      trx,
      due.map((n) => n.id),
      deps.now,
    );
    return queued;
  });
}

/**
 * The daily digest: one e-mail per person of every notification they chose to receive so, not
 * sent yet (key `email:digest:<person>:<day>`).
 * @returns how many digests were queued
 */
export async function queueDigests(deps: MailingDeps): Promise<number> {
  const day = todayInVietnam(deps.now);
  return deps.db.transaction().execute(async (trx) => {
    const due = await listNotificationsToEmail(trx, 'digest', 5000);
    const byPerson = new Map<string, typeof due>();
    for (const n of due) byPerson.set(n.recipientId, [...(byPerson.get(n.recipientId) ?? []), n]);
    let queued = 0;
    for (const [person, items] of byPerson) {
      const to = items[0]?.email;
      if (to === null || to === undefined) continue;
      const { created } = await deps.queue.send(
        EMAIL_JOB,
        { to, ...digestEmail(items.map(asEmail), day, deps.origin) },
        { key: `email:digest:${person}:${toIsoDate(day)}`, trx },
      );
      if (created) queued += 1;
    }
    await markNotificationsEmailed(
      trx,
      due.map((n) => n.id),
      deps.now,
    );
    return queued;
  });
}
