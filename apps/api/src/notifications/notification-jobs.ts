import type { JobDeps } from '../jobs/define-jobs.js';
import { dailyCron, type JobQueue } from '../jobs/job-queue.js';
import { recordTodaysReminders } from './daily-reminders.js';

/** Every morning, Asia/Ho_Chi_Minh: the day's reminders of every province (nothing on a day off). */
export const DAILY_REMINDERS_JOB = 'reminders.daily';
export const DAILY_REMINDERS_TIME = '07:00';

export function defineNotificationJobs(queue: JobQueue, deps: JobDeps): void {
  queue.define<Record<string, never>>({
    name: DAILY_REMINDERS_JOB,
    // A crash halfway is retried: each reminder's key keeps it from being recorded twice.
    handler: async () => {
      await recordTodaysReminders(deps);
    },
  });
}

/** Puts the daily reminders on the queue's schedule (again: the same schedule, replaced). */
export async function scheduleNotificationJobs(queue: JobQueue): Promise<void> {
  await queue.schedule(DAILY_REMINDERS_JOB, dailyCron(DAILY_REMINDERS_TIME), {}, { key: 'default' });
}
