import type { DatabaseHandle } from '@kiemtra/db';
import { createTestDatabase } from '@kiemtra/db/testing';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { JOB_QUEUE_SCHEMA, type JobQueue, type RetryPolicy } from '../jobs/job-queue.js';
import { type SmtpTestServer, startSmtpTestServer } from '../testing/smtp-test-server.js';
import { eventually, testQueue } from '../testing/test-queue.js';
import { defineEmailJob, EMAIL_JOB } from './email-job.js';
import type { Mailer } from './mailer.js';

// Real SMTP in-process (smtp-server), real nodemailer, the real queue on the test database.
const FAST_RETRY: RetryPolicy = { limit: 2, delaySeconds: 1, backoff: false };
let database: DatabaseHandle & { url: string | null };
const open: { queue?: JobQueue; smtp?: SmtpTestServer } = {};

async function emailQueue(mailer: Mailer | null): Promise<JobQueue> {
  const queue = testQueue(database);
  defineEmailJob(queue, mailer, FAST_RETRY);
  await queue.start();
  open.queue = queue;
  return queue;
}

async function job(id: string) {
  const { rows } = await sql<{ state: string; retry_count: number; output: Record<string, unknown> | null }>`
    SELECT state, retry_count, output FROM ${sql.ref(`${JOB_QUEUE_SCHEMA}.job`)} WHERE id = ${id}`.execute(
    database.db,
  );
  if (!rows[0]) throw new Error(`no job ${id}`);
  return rows[0];
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await open.queue?.stop(5000);
  await open.smtp?.close();
  open.queue = undefined;
  open.smtp = undefined;
});
afterAll(async () => database?.close());

describe('email.send', () => {
  it('delivers the message, plain text and HTML, from the configured sender', async () => {
    open.smtp = await startSmtpTestServer();
    const queue = await emailQueue(open.smtp.mailer);
    const { id } = await queue.send(
      EMAIL_JOB,
      {
        to: 'can.bo@soxaydung.binhdinh.gov.vn',
        subject: 'Nhắc hạn: báo cáo tự kiểm tra đến hạn ngày 15/03/2027',
        text: 'Kính gửi đồng chí, báo cáo tự kiểm tra đến hạn ngày 15/03/2027.',
        html: '<p>Kính gửi đồng chí, báo cáo tự kiểm tra đến hạn ngày <b>15/03/2027</b>.</p>',
      },
      { key: 'email:test:1' },
    );
    await eventually(async () => (await job(id)).state === 'completed');
    const [mail, ...more] = open.smtp.received;
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe('Nhắc hạn: báo cáo tự kiểm tra đến hạn ngày 15/03/2027');
    expect(mail?.from?.text).toBe('"Kiểm tra CCHC" <kiemtra@binhdinh.gov.vn>');
    expect(mail?.text?.trim()).toBe('Kính gửi đồng chí, báo cáo tự kiểm tra đến hạn ngày 15/03/2027.');
    expect(mail?.html).toContain('<b>15/03/2027</b>');
    expect((await job(id)).output).toMatchObject({ messageId: mail?.messageId });
  });

  it('retries a delivery the server refuses, then shows it failed with the server’s answer', async () => {
    open.smtp = await startSmtpTestServer({ refuse: (address) => address.startsWith('khong.co') });
    const queue = await emailQueue(open.smtp.mailer);
    const { id } = await queue.send(EMAIL_JOB, {
      to: 'khong.co@binhdinh.gov.vn',
      subject: 'Thông báo',
      text: 'Nội dung',
    });
    await eventually(async () => (await job(id)).state === 'failed', 30_000);
    // The first attempt and two retries, each refused by the server.
    expect(open.smtp.recipientsAsked).toEqual(Array(3).fill('khong.co@binhdinh.gov.vn'));
    expect(open.smtp.received).toHaveLength(0);
    const failed = await job(id);
    expect(failed.retry_count).toBe(2);
    expect(String(failed.output?.message)).toContain('5.1.1 Hộp thư không tồn tại');
  });

  it('sends once across a restart in the middle of a delivery', async () => {
    open.smtp = await startSmtpTestServer({ acceptDelayMs: 1500 });
    const first = await emailQueue(open.smtp.mailer);
    const email = { to: 'truong.phong@binhdinh.gov.vn', subject: 'Một lần thôi', text: 'Nội dung' };
    const { id } = await first.send(EMAIL_JOB, email, { key: 'email:once' });
    await eventually(async () => (await job(id)).state === 'active');
    // The API stops (SIGTERM) while the server is still taking the message: it finishes, then stops.
    await first.stop(10_000);
    open.queue = undefined;
    expect((await job(id)).state).toBe('completed');
    const second = await emailQueue(open.smtp.mailer);
    // The same act replayed after the restart: the key is taken, nothing is added.
    expect(await second.send(EMAIL_JOB, email, { key: 'email:once' })).toEqual({ id, created: false });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(open.smtp.received.map((m) => m.subject)).toEqual(['Một lần thôi']);
  });

  it('sends nothing, and says so, when no SMTP server is configured', async () => {
    const queue = await emailQueue(null);
    const { id } = await queue.send(EMAIL_JOB, { to: 'a@binhdinh.gov.vn', subject: 'x', text: 'y' });
    await eventually(async () => (await job(id)).state === 'completed');
    expect((await job(id)).output).toEqual({ skipped: 'smtp-not-configured' });
  });
});
