/*
 * Benchmark (b) of issue 14: the hot read paths and every role's home page (hot-calls.ts) at the
 * seed's size (a fresh database with the 2024 Bình Định seed) and at national size (the dataset of
 * national:generate), p50/p95 at concurrency 10, the two measured in the same run, call by call in
 * turn. Prints each figure with the seed as baseline and the ratio national/seed.
 * Goal: p95 < 50 ms at national size and national/seed ≤ 1.5×.
 *
 * Run: cd bench && pnpm national:read-paths   (TOTAL requests per call, 200 by default)
 * Both APIs run in this process on 127.0.0.1 (BENCH_PORT and the next port).
 */

import { hashPassword } from '@kiemtra/api/embed';
import {
  type Database,
  loadBinhDinh2024,
  loadReferenceData,
  migrateToLatest,
  openDatabase,
} from '@kiemtra/db';
import type { Kysely } from 'kysely';
import { hotCalls } from './hot-calls.js';
import { startApi } from './in-process-api.js';
import { measure } from './load.js';
import { nationalConfig, recreateDatabase } from './national-database.js';

const TOTAL = Number(process.env.TOTAL ?? 200);
const PORT = Number(process.env.BENCH_PORT ?? 3263);
const config = nationalConfig();
const seedUrl = new URL(config.url);
seedUrl.pathname = `${seedUrl.pathname}_seed`;

await recreateDatabase(seedUrl.toString());
const seed = await openDatabase({ kind: 'postgres', url: seedUrl.toString(), maxConnections: 10 });
await migrateToLatest(seed.db);
await loadReferenceData(seed.db);
await loadBinhDinh2024(seed.db, { hashPassword });
const national = await openDatabase({ kind: 'postgres', url: config.url, maxConnections: 10 });
await migrateToLatest(national.db);

const sizeOf = async (db: Kysely<Database>) =>
  (
    await db
      .selectFrom('inspections')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;
console.log(
  `Cơ sở: ${await sizeOf(seed.db)} cuộc kiểm tra; quốc gia: ${await sizeOf(national.db)} cuộc kiểm tra.`,
);

const seedApi = await startApi(seed.db, PORT);
const nationalApi = await startApi(national.db, PORT + 1);
const seedCalls = new Map((await hotCalls(seedApi)).map((c) => [c.name, c]));
const nationalCalls = await hotCalls(nationalApi);

const ms = (x: number) => x.toFixed(1).padStart(7);
console.log(
  `\n${'đường đi'.padEnd(30)} ${'cơ sở p50'.padStart(9)} ${'p95'.padStart(7)} ${'quốc gia p50'.padStart(12)} ${'p95'.padStart(7)}  quốc gia/cơ sở (p95)`,
);
let worst = 0;
let slowest = 0;
for (const call of nationalCalls) {
  const baseline = seedCalls.get(call.name);
  if (!baseline) {
    const n = await measure(call.run, { total: TOTAL, concurrency: 10, warmUp: 10 });
    console.log(
      `${call.name.padEnd(30)} ${'—'.padStart(9)} ${'—'.padStart(7)} ${ms(n.p50).padStart(12)} ${ms(n.p95)}  (chỉ có ở quy mô quốc gia)`,
    );
    slowest = Math.max(slowest, n.p95);
    continue;
  }
  const s = await measure(baseline.run, { total: TOTAL, concurrency: 10, warmUp: 10 });
  const n = await measure(call.run, { total: TOTAL, concurrency: 10, warmUp: 10 });
  const ratio = n.p95 / s.p95;
  worst = Math.max(worst, ratio);
  slowest = Math.max(slowest, n.p95);
  console.log(
    `${call.name.padEnd(30)} ${ms(s.p50).padStart(9)} ${ms(s.p95)} ${ms(n.p50).padStart(12)} ${ms(n.p95)}  ${ratio.toFixed(2)}×`,
  );
}
console.log(
  `\np95 lớn nhất ở quy mô quốc gia: ${slowest.toFixed(1)} ms (mục tiêu < 50 ms); tỉ lệ quốc gia/cơ sở lớn nhất: ${worst.toFixed(2)}× (mục tiêu ≤ 1,5×). c=10, ${TOTAL} yêu cầu mỗi đường đi.`,
);
await seedApi.close();
await nationalApi.close();
await seed.close();
await national.close();
