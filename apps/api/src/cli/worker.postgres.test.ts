import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createTestDatabase } from '@kiemtra/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB_QUEUE_SCHEMA } from '../jobs/job-queue.js';

// `pnpm kiemtra worker` as an operator runs it beside APIs with JOBS_WORKERS=off (PostgreSQL only).
const API_DIR = join(import.meta.dirname, '../..');
const TSX = join(API_DIR, 'node_modules/.bin/tsx');
let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

describe('kiemtra worker', () => {
  it('starts on PostgreSQL, registers in the queue, and stops gracefully on SIGTERM', async () => {
    const child = spawn(TSX, ['src/cli/kiemtra.ts', 'worker'], {
      cwd: API_DIR,
      env: { ...process.env, DATABASE_URL: database.url ?? '', SHUTDOWN_TIMEOUT_MS: '5000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const ready = new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        if (stdout.includes('Worker sẵn sàng')) resolve();
      }),
    );
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await ready;
    // pg-boss records each running instance; the worker's is there while it runs.
    const { rows } = await sql<{ name: string }>`
      SELECT name FROM ${sql.ref(`${JOB_QUEUE_SCHEMA}.instance`)}`.execute(database.db);
    expect(rows.map((r) => r.name)).toContain('kiemtra-worker');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toContain('Worker đã dừng');
    expect(stderr).toBe('');
  }, 120_000);
});
