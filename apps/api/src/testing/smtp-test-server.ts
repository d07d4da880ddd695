import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { createMailer, type Mailer } from '../mail/mailer.js';

export interface SmtpTestServer {
  /** Every message the server accepted, parsed. */
  received: ParsedMail[];
  /** Every RCPT TO the server was asked, accepted or refused. */
  recipientsAsked: string[];
  /** A mailer (nodemailer) that sends to this server. */
  mailer: Mailer;
  close(): Promise<void>;
}

export interface SmtpTestServerOptions {
  /** Refuses this recipient with a permanent 550 (a mailbox that does not exist). */
  refuse?: (address: string) => boolean;
  /** How long the server takes to accept a message's data (milliseconds). */
  acceptDelayMs?: number;
}

/** A real SMTP server on a loopback port (smtp-server), reading what it is sent (mailparser). */
export async function startSmtpTestServer(options: SmtpTestServerOptions = {}): Promise<SmtpTestServer> {
  const received: ParsedMail[] = [];
  const recipientsAsked: string[] = [];
  const serverOptions: SMTPServerOptions = {
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      recipientsAsked.push(address.address);
      if (options.refuse?.(address.address)) {
        const error = Object.assign(new Error('5.1.1 Hộp thư không tồn tại'), { responseCode: 550 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          if (options.acceptDelayMs)
            await new Promise((resolve) => setTimeout(resolve, options.acceptDelayMs));
          received.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  };
  const server = new SMTPServer(serverOptions);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const mailer = createMailer({
    host: '127.0.0.1',
    port,
    secure: false,
    auth: null,
    from: 'Kiểm tra CCHC <kiemtra@binhdinh.gov.vn>',
  });
  return {
    received,
    recipientsAsked,
    mailer,
    async close() {
      mailer.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
