import type { Env } from '../env.js';

/** How kiemtra reaches the province's mail server (SMTP_* in the environment). */
export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the first byte (465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  auth: { user: string; pass: string } | null;
  from: string;
}

type SmtpEnv = Pick<
  Env,
  'SMTP_HOST' | 'SMTP_PORT' | 'SMTP_SECURE' | 'SMTP_USER' | 'SMTP_PASSWORD' | 'SMTP_FROM'
>;

/** The SMTP settings the environment gives (readEnv checked them), or null: e-mail is off. */
export function smtpConfigFromEnv(env: SmtpEnv): SmtpConfig | null {
  if (!env.SMTP_HOST || !env.SMTP_FROM) return null;
  const secure = env.SMTP_SECURE === 'true';
  return {
    host: env.SMTP_HOST,
    port: env.SMTP_PORT ?? (secure ? 465 : 587),
    secure,
    auth: env.SMTP_USER && env.SMTP_PASSWORD ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : null,
    from: env.SMTP_FROM,
  };
}
