import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@kiemtra/db';
import { DEMO_PASSWORD } from '@kiemtra/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password.js';
import { WORKER_NEEDS_POSTGRES } from './worker-command.js';

// The real commands, as an operator runs them, on a PGlite data directory of their own.
const API_DIR = join(import.meta.dirname, '../..');
const TSX = join(API_DIR, 'node_modules/.bin/tsx');
let dataDir: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a script to its end; `whenReady` runs once the API says it listens, then the API is stopped. */
function run(script: string, args: string[], env: Record<string, string>, whenReady?: () => Promise<void>) {
  return new Promise<Run>((resolve) => {
    const child = spawn(TSX, [script, ...args], {
      cwd: API_DIR,
      env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let ready = false;
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (whenReady && !ready && stdout.includes('API sẵn sàng')) {
        ready = true;
        void whenReady().finally(() => child.kill('SIGTERM'));
      }
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const setup = (extra: string[] = []) =>
  run(
    'src/cli/kiemtra.ts',
    [
      'setup',
      '--code',
      'quang-tri',
      '--name',
      'Tỉnh Quảng Trị',
      '--admin-username',
      'quantri.qt',
      '--admin-name',
      'Lê Thị Hoa',
      '--json',
      ...extra,
    ],
    {},
  );

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  await new Promise((r) => server.close(r));
  return typeof address === 'object' && address ? address.port : 0;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kiemtra-cli-'));
});
afterAll(async () => rm(dataDir, { recursive: true, force: true }));

describe('pnpm kiemtra setup, then the API in production', () => {
  it('migrates an empty database and creates the province and its administrator', async () => {
    const result = await setup();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as {
      tenantId: string;
      username: string;
      temporaryPassword: string;
    };
    expect(printed).toMatchObject({ tenantId: 'quang-tri', username: 'quantri.qt' });
    expect(printed.temporaryPassword).toMatch(/^[\w]{4}(-[\w]{4}){3}$/);
  }, 120_000);

  it('refuses a second province with the same code', async () => {
    const result = await setup(['--admin-username', 'khac']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Đã có tỉnh mã "quang-tri": mỗi tỉnh chỉ được thiết lập một lần. Không có thay đổi nào được lưu.',
    );
  }, 120_000);

  it('backs the installation up to a new directory and restores it, refusing to overwrite unless forced', async () => {
    const backupDir = join(dataDir, '..', `${dataDir.split('/').at(-1)}-sao-luu`);
    const backup = await run('src/cli/kiemtra.ts', ['backup', backupDir], {});
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^Đã sao lưu \d+ bảng \(\d+ dòng\) vào /u);

    const refused = await run('src/cli/kiemtra.ts', ['restore', backupDir], {});
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(
      'Hệ thống đã có dữ liệu (đơn vị, tài khoản): khôi phục sẽ xóa chúng. Dùng --force nếu thật sự muốn thay thế.',
    );
    const restored = await run('src/cli/kiemtra.ts', ['restore', backupDir, '--force'], {});
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/^Đã khôi phục bản sao lưu ngày .+ từ /u);
    // The province came back: setting it up again is still refused.
    expect((await setup(['--admin-username', 'khac'])).code).toBe(1);
    await rm(backupDir, { recursive: true, force: true });
  }, 180_000);

  it('says which flags are missing when no terminal can ask', async () => {
    const result = await run('src/cli/kiemtra.ts', ['setup', '--code', 'hue'], {});
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'Thiếu --name, --admin-username, --admin-name (hoặc chạy trong một cửa sổ dòng lệnh để được hỏi).',
    );
  }, 60_000);

  it('refuses a separate worker on PGlite, which only one process can open', async () => {
    const result = await run('src/cli/kiemtra.ts', ['worker'], {});
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(WORKER_NEEDS_POSTGRES);
  }, 60_000);

  it('starts the API in production on it, and /health says so', async () => {
    const port = await freePort();
    let health: unknown = null;
    const result = await run(
      'src/main.ts',
      [],
      { KIEMTRA_MODE: 'production', PORT: String(port) },
      async () => {
        health = await (await fetch(`http://127.0.0.1:${port}/health`)).json();
      },
    );
    expect(health).toMatchObject({ status: 'ok', mode: 'production' });
    expect(result.code).toBe(0);
  }, 120_000);

  it('refuses to start in production while an account has the demo password, naming it', async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir });
    const unit = await database.db
      .selectFrom('org_units')
      .select('id')
      .where('kind', '=', 'department')
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto('users')
      .values({
        tenant_id: 'quang-tri',
        org_unit_id: unit.id,
        username: 'admin',
        full_name: 'Tài khoản còn mật khẩu trình diễn',
        position: null,
        password_hash: await hashPassword(DEMO_PASSWORD),
      })
      .execute();
    await database.close();

    const result = await run('src/main.ts', [], {
      KIEMTRA_MODE: 'production',
      PORT: String(await freePort()),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'API không khởi động ở chế độ vận hành (KIEMTRA_MODE=production): 1 tài khoản còn dùng mật khẩu của bản trình diễn (admin).',
    );
    // In demo mode the same database starts.
    const demo = await run(
      'src/main.ts',
      [],
      { KIEMTRA_MODE: 'demo', SEED: 'none', PORT: String(await freePort()) },
      async () => undefined,
    );
    expect(demo.code).toBe(0);
  }, 180_000);
});
