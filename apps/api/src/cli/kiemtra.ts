// `pnpm kiemtra <command>`: what an operator does to an installation without SQL. Reads the same
// environment as the API (DATABASE_URL, or PGlite in DATA_DIR: stop the API first, PGlite has one user).
import { parseArgs } from 'node:util';
import { RestoreRefused } from '@kiemtra/db';
import { isDomainError } from '@kiemtra/domain';
import { openDatabaseFromEnv } from '../database-from-env.js';
import { readEnv } from '../env.js';
import { runBackup, runRestore } from './backup-commands.js';
import { CliFailure } from './cli-failure.js';
import { completeSetupFlags, runSetup, SETUP_FLAGS, type SetupFlag, setupInputOf } from './setup-command.js';
import { runWorker } from './worker-command.js';

const USAGE = `Cách dùng:
  pnpm kiemtra setup [--code quang-tri --name "Tỉnh Quảng Trị" --admin-username quantri --admin-name "Họ và tên"
                      --place … --committee … --home-affairs … --valid-from dd/mm/yyyy --admin-position … --json]
      thiết lập một tỉnh và quản trị hệ thống đầu tiên (hỏi những gì chưa cho khi chạy trong cửa sổ dòng lệnh)
  pnpm kiemtra backup <thư mục mới>
  pnpm kiemtra restore <thư mục sao lưu> [--force]
  pnpm kiemtra worker
      chạy riêng các công việc nền (thư điện tử, nhắc hạn, sao lưu định kỳ) bên cạnh các API đặt JOBS_WORKERS=off
      (chỉ với PostgreSQL); dừng bằng SIGTERM sau khi các công việc đang chạy xong`;

const write = (line: string) => console.log(line);

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help') {
    write(USAGE);
    return;
  }
  const setupOptions = Object.fromEntries(
    (Object.keys(SETUP_FLAGS) as SetupFlag[]).map((f) => [f, { type: 'string' as const }]),
  );
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        args: rest,
        allowPositionals: true,
        options: { ...setupOptions, json: { type: 'boolean' }, force: { type: 'boolean' } },
      });
    } catch (error) {
      throw new CliFailure(`${(error as Error).message}\n${USAGE}`, 2);
    }
  })();
  if (!['setup', 'backup', 'restore', 'worker'].includes(command))
    throw new CliFailure(`Không có lệnh "${command}".\n${USAGE}`, 2);
  if (command === 'worker') {
    await runWorker(readEnv(), write);
    return;
  }
  const directory = positionals[0];
  if (command !== 'setup' && directory === undefined)
    throw new CliFailure(`Hãy cho thư mục sao lưu.\n${USAGE}`, 2);

  const env = readEnv();
  const flags =
    command === 'setup'
      ? await completeSetupFlags(
          Object.fromEntries(
            (Object.keys(SETUP_FLAGS) as SetupFlag[]).flatMap((f) => {
              const value = (values as Record<string, unknown>)[f];
              return typeof value === 'string' ? [[f, value]] : [];
            }),
          ),
          process.stdin.isTTY === true && values.json !== true,
        )
      : {};
  const database = await openDatabaseFromEnv(env, 'setup');
  try {
    if (command === 'setup')
      await runSetup(database, setupInputOf(flags, new Date()), { json: values.json === true, write });
    else if (command === 'backup') await runBackup(database, env, directory ?? '', write);
    else await runRestore(database, env, directory ?? '', values.force === true, write);
  } finally {
    await database.close();
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof CliFailure || isDomainError(error) || error instanceof RestoreRefused) {
    console.error(error.message);
    process.exit(error instanceof CliFailure ? error.exitCode : 1);
  }
  throw error;
}
