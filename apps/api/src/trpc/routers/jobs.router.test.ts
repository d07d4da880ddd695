import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB_QUEUE_SCHEMA } from '../../jobs/job-queue.js';
import { EMAIL_JOB } from '../../mail/email-job.js';
import { type SmtpTestServer, startSmtpTestServer } from '../../testing/smtp-test-server.js';
import { eventually } from '../../testing/test-queue.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

// The system administrator's view of the queue, on the real server, queue and SMTP server.
let server: TestServer;
let smtp: SmtpTestServer;

const stateOf = async (id: string) =>
  (
    await sql<{
      state: string;
    }>`SELECT state FROM ${sql.table(`${JOB_QUEUE_SCHEMA}.job`)} WHERE id = ${id}`.execute(server.database.db)
  ).rows[0]?.state;

beforeAll(async () => {
  smtp = await startSmtpTestServer({ refuse: (address) => address.startsWith('khong.co') });
  server = await startTestServer({
    jobWorkers: true,
    mailer: smtp.mailer,
    jobRetry: { [EMAIL_JOB]: { limit: 1, delaySeconds: 1, backoff: false } },
  });
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

describe('jobs.list and jobs.overview', () => {
  it('shows a delivered e-mail as done and a refused one as failed with the server’s answer', async () => {
    const sent = await server.jobs.send(
      EMAIL_JOB,
      { to: 'a@binhdinh.gov.vn', subject: 'Một', text: 'x' },
      { key: 'k-1' },
    );
    const refused = await server.jobs.send(EMAIL_JOB, {
      to: 'khong.co@binhdinh.gov.vn',
      subject: 'Hai',
      text: 'x',
    });
    const later = await server.jobs.send(
      EMAIL_JOB,
      { to: 'b@binhdinh.gov.vn', subject: 'Ba', text: 'x' },
      { key: 'k-later', startAfter: new Date(Date.now() + 86_400_000) },
    );
    // Another province's job is not this administrator's to see.
    await server.jobs.send(
      EMAIL_JOB,
      { tenantId: 'gia-lai', to: 'c@gialai.gov.vn', subject: 'Bốn', text: 'x' },
      { startAfter: new Date(Date.now() + 86_400_000) },
    );
    await eventually(async () => (await stateOf(sent.id)) === 'completed');
    await eventually(async () => (await stateOf(refused.id)) === 'failed', 30_000);

    const admin = await server.signedIn('quantri');
    const done = await admin.jobs.list.query({ state: 'done' });
    expect(done.jobs.map((j) => [j.id, j.label, j.key, j.stateLabel, j.attempts])).toEqual([
      [sent.id, 'Gửi thư điện tử', 'k-1', 'Đã xong', 1],
    ]);
    const failed = await admin.jobs.list.query({ state: 'failed', name: EMAIL_JOB });
    expect(failed.jobs).toHaveLength(1);
    expect(failed.jobs[0]).toMatchObject({
      id: refused.id,
      attempts: 2,
      maxAttempts: 2,
      stateLabel: 'Thất bại',
    });
    expect(failed.jobs[0]?.lastError).toContain('5.1.1 Hộp thư không tồn tại');
    const pending = await admin.jobs.list.query({ state: 'pending' });
    expect(pending.jobs.map((j) => j.id)).toEqual([later.id]);
    expect(pending.jobs[0]?.startAfter.getTime()).toBeGreaterThan(Date.now());

    const overview = await admin.jobs.overview.query();
    expect(overview.states).toEqual([
      { state: 'pending', label: 'Đang chờ', count: 1 },
      { state: 'active', label: 'Đang chạy', count: 0 },
      { state: 'done', label: 'Đã xong', count: 1 },
      { state: 'failed', label: 'Thất bại', count: 1 },
    ]);
    expect(overview.kinds).toContainEqual({ name: EMAIL_JOB, label: 'Gửi thư điện tử', failed: 1 });
  });

  it('pages through the jobs newest first, without repeating or skipping one', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 55; i++) {
      const { id } = await server.jobs.send(
        EMAIL_JOB,
        { to: `p${i}@binhdinh.gov.vn`, subject: `Trang ${i}`, text: 'x' },
        { startAfter: new Date(Date.now() + 86_400_000) },
      );
      ids.push(id);
    }
    const admin = await server.signedIn('quantri');
    const first = await admin.jobs.list.query({ state: 'pending' });
    expect(first.jobs).toHaveLength(50);
    expect(first.nextCursor).not.toBeNull();
    const second = await admin.jobs.list.query({ state: 'pending', cursor: first.nextCursor ?? '' });
    const seen = [...first.jobs, ...second.jobs].map((j) => j.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(ids));
    expect(second.nextCursor).toBeNull();
    // Newest first.
    expect(first.jobs[0]?.id).toBe(ids.at(-1));
  });
});
