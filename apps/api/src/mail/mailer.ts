import nodemailer from 'nodemailer';
import type { SmtpConfig } from './mail-config.js';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
}

export interface Mailer {
  /** Hands the message to the SMTP server; rejects with the server's answer when it refuses. */
  send(email: OutgoingEmail): Promise<{ messageId: string; response: string }>;
  close(): void;
}

/** A nodemailer SMTP transport: one connection per message, bounded waits. */
export function createMailer(config: SmtpConfig): Mailer {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.auth && { auth: config.auth }),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    async send(email) {
      const info = await transport.sendMail({
        from: config.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        ...(email.html !== undefined && { html: email.html }),
      });
      return { messageId: info.messageId, response: info.response };
    },
    close: () => transport.close(),
  };
}
