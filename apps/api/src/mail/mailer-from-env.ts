import type { Env } from '../env.js';
import { smtpConfigFromEnv } from './mail-config.js';
import { createMailer, type Mailer } from './mailer.js';

/** The SMTP transport the environment configures, or null when SMTP_HOST is not set. */
export function mailerFromEnv(env: Env): Mailer | null {
  const config = smtpConfigFromEnv(env);
  return config ? createMailer(config) : null;
}
