import type { JobDeps } from '../jobs/define-jobs.js';
import { dailyCron, type JobQueue } from '../jobs/job-queue.js';
import { recordTodaysReminders } from './daily-reminders.js';
import { queueDigests, queueNotificationEmails } from './notification-emails.js';

/** Every morning, Asia/Ho_Chi_Minh: the day's reminders of every province (nothing on a day off). */
export const DAILY_REMINDERS_JOB = 'reminders.daily';
export const DAILY_REMINDERS_TIME = '07:00';
/** Every minute: the notifications whose person chose e-mail, handed to `email.send`. */
export const NOTIFICATION_EMAILS_JOB = 'notifications.email';
/** Every morning after the reminders: one digest per person who chose it. */
export const DIGEST_JOB = 'notifications.digest';
export const DIGEST_TIME = '07:30';

/** The portal's address when none is configured (the development portal). */
const DEFAULT_ORIGIN = 'http://127.0.0.1:5173';

export function defineNotificationJobs(queue: JobQueue, deps: JobDeps): void {
  const mailing = () => ({
    db: deps.db,
    queue,
    origin: (deps.publicOrigin ?? DEFAULT_ORIGIN).replace(/\/+$/, ''),
    now: deps.clock.now(),
  });
  queue.define<Record<string, never>>({
    name: DAILY_REMINDERS_JOB,
    label: 'Ghi các lời nhắc hạn trong ngày',
    // A crash halfway is retried: each reminder's key keeps it from being recorded twice.
    handler: async () => {
      const recorded = await recordTodaysReminders(deps);
      const emailed = await queueNotificationEmails(mailing());
      return { recorded, emailed };
    },
  });
  queue.define<Record<string, never>>({
    name: NOTIFICATION_EMAILS_JOB,
    label: 'Chuyển thông báo thành thư điện tử',
    handler: async () => ({ emailed: await queueNotificationEmails(mailing()) }),
  });
  queue.define<Record<string, never>>({
    name: DIGEST_JOB,
    label: 'Gửi thư tổng hợp hằng ngày',
    handler: async () => ({ digests: await queueDigests(mailing()) }),
  });
}

/** Puts the notification jobs on the queue's schedule (again: the same schedules, replaced). */
export async function scheduleNotificationJobs(queue: JobQueue): Promise<void> {
  await queue.schedule(DAILY_REMINDERS_JOB, dailyCron(DAILY_REMINDERS_TIME), {}, { key: 'default' });
  await queue.schedule(NOTIFICATION_EMAILS_JOB, '* * * * *', {}, { key: 'default' });
  await queue.schedule(DIGEST_JOB, dailyCron(DIGEST_TIME), {}, { key: 'default' });
}
