import {
  createDiskAttachmentStore,
  type DatabaseHandle,
  loadBinhDinh2024,
  loadReferenceData,
  migrateToLatest,
  sweepIdempotencyKeys,
} from '@kiemtra/db';
import { idempotencyKeysExpireBefore } from '@kiemtra/domain';
import { accountsWithDemoPassword, demoPasswordRefusal } from './auth/demo-password-check.js';
import { hashPassword } from './auth/password.js';
import { applyBackupSchedule } from './backup/scheduled-backup.js';
import { createCalendarProvider } from './calendar/calendar-provider.js';
import { systemClock } from './clock.js';
import { openDatabaseFromEnv } from './database-from-env.js';
import { readEnv, servedOverHttps } from './env.js';
import { defineJobs } from './jobs/define-jobs.js';
import { jobDepsFromEnv } from './jobs/job-deps-from-env.js';
import { jobQueueFromEnv } from './jobs/queue-from-env.js';
import { scheduleNotificationJobs } from './notifications/notification-jobs.js';
import { buildServer } from './server.js';

const env = readEnv();

// The server's logger exists only once the server is built; a connection lost before that is
// written to stderr.
let logConnectionError = (error: Error) => console.error('Mất kết nối tới PostgreSQL:', error.message);

const openConfiguredDatabase = (purpose: 'setup' | 'serve') =>
  openDatabaseFromEnv(env, purpose, (error) => logConnectionError(error));

async function setUpDatabase(database: DatabaseHandle): Promise<void> {
  await migrateToLatest(database.db);
  await loadReferenceData(database.db);
  if (env.SEED === 'binh-dinh-2024') await loadBinhDinh2024(database.db, { hashPassword });
}

let database: DatabaseHandle;
if (env.DATABASE_URL) {
  const setup = await openConfiguredDatabase('setup');
  await setUpDatabase(setup);
  await setup.close();
  database = await openConfiguredDatabase('serve');
} else {
  // PGlite is one process-local database: opened once.
  database = await openConfiguredDatabase('serve');
  await setUpDatabase(database);
}

// Production never runs while a published password still opens an account.
if (env.KIEMTRA_MODE === 'production') {
  const withDemoPassword = await accountsWithDemoPassword(database.db);
  if (withDemoPassword.length > 0) {
    console.error(demoPasswordRefusal(withDemoPassword));
    await database.close();
    process.exit(1);
  }
}

const diskStore = env.ATTACHMENTS_DIR ? createDiskAttachmentStore(env.ATTACHMENTS_DIR) : null;

// The server's logger exists only once the server is built.
let logJobError = (error: Error) => console.error('Lỗi hàng đợi công việc nền:', error.message);
const jobs = jobQueueFromEnv(env, database, 'api', (error) => logJobError(error));
const jobDeps = jobDepsFromEnv(env, database, systemClock);
const mailer = jobDeps.mailer;
defineJobs(jobs, jobDeps);
await jobs.start();
await scheduleNotificationJobs(jobs);
await applyBackupSchedule(jobs, jobDeps.backup?.schedule ?? null);

const app = await buildServer(
  {
    db: database.db,
    jobs,
    clock: systemClock,
    calendar: createCalendarProvider(),
    sessionTtlHours: env.SESSION_TTL_HOURS,
    secureCookies: servedOverHttps(env),
    mode: env.KIEMTRA_MODE,
    ...(diskStore && { attachmentStore: diskStore }),
  },
  {
    logLevel: env.LOG_LEVEL,
    trustedProxies: env.TRUSTED_PROXIES,
    logRequests: env.LOG_REQUESTS === 'true',
    rest: {
      perSystem: env.REST_RATE_LIMIT_PER_SYSTEM,
      perAddress: env.REST_RATE_LIMIT_PER_ADDRESS,
      windowSeconds: env.REST_RATE_LIMIT_WINDOW_SECONDS,
      accessTokenSeconds: env.REST_ACCESS_TOKEN_SECONDS,
    },
    ...(env.METRICS_TOKEN && { metricsToken: env.METRICS_TOKEN }),
    ...(database.poolStats && { poolStats: database.poolStats }),
  },
);

logJobError = (error) => app.log.error({ err: error }, 'the job queue met an error');
logConnectionError = (error) =>
  app.log.warn({ err: error }, 'a PostgreSQL connection was lost; the pool opens a new one when needed');

// Files an upload or a removal left without a row (a failed or lost commit): swept at start and
// every hour, an hour after they were written, so that an upload still under way keeps its file.
const ORPHAN_GRACE_MS = 60 * 60 * 1000;
async function sweepOrphanAttachments() {
  if (!diskStore) return;
  try {
    const deleted = await diskStore.sweepOrphans(database.db, {
      now: systemClock.now(),
      graceMs: ORPHAN_GRACE_MS,
    });
    if (deleted > 0) app.log.info(`đã xoá ${deleted} tệp đính kèm không còn thuộc báo cáo nào`);
  } catch (error) {
    app.log.warn({ err: error }, 'sweeping orphan attachment files failed');
  }
}
await sweepOrphanAttachments();
setInterval(() => void sweepOrphanAttachments(), ORPHAN_GRACE_MS).unref();

// A create's idempotency key answers its retries for a day; older keys are swept every hour.
async function sweepExpiredIdempotencyKeys() {
  try {
    await sweepIdempotencyKeys(database.db, idempotencyKeysExpireBefore(systemClock.now()));
  } catch (error) {
    app.log.warn({ err: error }, 'sweeping expired idempotency keys failed');
  }
}
await sweepExpiredIdempotencyKeys();
setInterval(() => void sweepExpiredIdempotencyKeys(), 60 * 60 * 1000).unref();

// Graceful: no new request is accepted (a new one gets 503), those in flight finish, the running
// jobs finish, then the database closes; past the timeout the process exits anyway, with a failure code.
let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info(`${signal}: đang dừng API…`);
  setTimeout(() => {
    app.log.error(`các yêu cầu chưa xong sau ${env.SHUTDOWN_TIMEOUT_MS} ms: dừng hẳn`);
    process.exit(1);
  }, env.SHUTDOWN_TIMEOUT_MS).unref();
  const deadline = Date.now() + env.SHUTDOWN_TIMEOUT_MS;
  await app.close();
  await jobs.stop(Math.max(1000, deadline - Date.now() - 500));
  mailer?.close();
  await database.close();
  app.log.info('API đã dừng');
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

await app.listen({ host: env.HOST, port: env.PORT });
app.log.info(
  `API sẵn sàng tại http://${env.HOST}:${env.PORT} (cơ sở dữ liệu: ${database.kind}; chế độ: ${env.KIEMTRA_MODE === 'production' ? 'vận hành' : 'trình diễn'}; công việc nền: ${jobs.runsWorkers ? 'chạy trong API' : 'do tiến trình worker chạy'}; thư điện tử: ${mailer ? 'bật' : 'tắt (chưa đặt SMTP_HOST)'})`,
);
