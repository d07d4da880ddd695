import { z } from '@kiemtra/domain';
import type { JobQueue, RetryPolicy } from '../jobs/job-queue.js';
import type { Mailer } from './mailer.js';

export const EMAIL_JOB = 'email.send';

/** About an hour and a half of attempts (1, 2, 4, 8, 16, 32 minutes…, at most an hour apart), then failed. */
export const EMAIL_RETRY: RetryPolicy = { limit: 6, delaySeconds: 60, backoff: true, maxDelaySeconds: 3600 };

/** What `email.send` carries. */
export const emailJobData = z.object({
  /** The province the message is about: only its administrators see the job (none: every province's). */
  tenantId: z.string().max(100).optional(),
  to: z.email({ error: 'Địa chỉ người nhận không hợp lệ.' }).max(254),
  subject: z.string().min(1).max(300),
  text: z.string().max(100_000),
  html: z.string().max(500_000).optional(),
});
export type EmailJobData = z.infer<typeof emailJobData>;

/**
 * `email.send`: one message through the configured SMTP server. A refusal or a lost connection fails
 * the attempt with the server's answer, and the queue tries again later; after the last attempt the
 * job is failed and the administrator sees why. With no SMTP configured the job completes at once,
 * sending nothing, and says so in its result.
 */
export function defineEmailJob(
  queue: JobQueue,
  mailer: Mailer | null,
  retry: RetryPolicy = EMAIL_RETRY,
): void {
  queue.define<EmailJobData>({
    name: EMAIL_JOB,
    label: 'Gửi thư điện tử',
    retry,
    expireInSeconds: 300,
    handler: async (data) => {
      const email = emailJobData.parse(data);
      if (!mailer) return { skipped: 'smtp-not-configured' };
      const { messageId, response } = await mailer.send(email);
      return { messageId, response };
    },
  });
}
