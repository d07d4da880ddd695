import { mkdir } from 'node:fs/promises';
import {
  createDiskAttachmentStore,
  type DatabaseHandle,
  loadBinhDinh2024,
  loadReferenceData,
  migrateToLatest,
  openDatabase,
} from '@kiemtra/db';
import { hashPassword } from './auth/password.js';
import { createCalendarProvider } from './calendar/calendar-provider.js';
import { systemClock } from './clock.js';
import { readEnv } from './env.js';
import { buildServer } from './server.js';

const env = readEnv();

async function openConfiguredDatabase(): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) return openDatabase({ kind: 'postgres', url: env.DATABASE_URL });
  await mkdir(env.DATA_DIR, { recursive: true });
  return openDatabase({ kind: 'pglite', dataDir: env.DATA_DIR });
}

const database = await openConfiguredDatabase();
await migrateToLatest(database.db);
await loadReferenceData(database.db);
if (env.SEED === 'binh-dinh-2024') await loadBinhDinh2024(database.db, { hashPassword });

const app = await buildServer(
  {
    db: database.db,
    clock: systemClock,
    calendar: createCalendarProvider(),
    sessionTtlHours: env.SESSION_TTL_HOURS,
    secureCookies: false,
    ...(env.ATTACHMENTS_DIR && { attachmentStore: createDiskAttachmentStore(env.ATTACHMENTS_DIR) }),
  },
  { logLevel: env.LOG_LEVEL },
);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info(`${signal}: đang dừng API…`);
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

await app.listen({ host: env.HOST, port: env.PORT });
app.log.info(`API sẵn sàng tại http://${env.HOST}:${env.PORT} (cơ sở dữ liệu: ${database.kind})`);
