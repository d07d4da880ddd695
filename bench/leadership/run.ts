/*
 * Benchmark of issue 13: the leadership view (overview.get) and the home pages' "Việc cần làm"
 * (inspections.todo, and the whole home page) at the seed's size and at national size, p50/p95 at
 * concurrency 10, the SQL statements each request makes, and the same figures computed by a
 * straightforward per-visit TypeScript loop as the baseline, with the ratio.
 * Goal: p95 < 50 ms at national size, the number of statements not growing with the data.
 *
 * Run: cd bench && pnpm leadership   (after national:generate; NATIONAL_DATABASE_URL as there;
 * TOTAL requests per call, 100 by default; ONLY=<regex> to measure some calls only). Both APIs run in this process (BENCH_PORT, next port).
 */
import { createCalendarProvider, hashPassword } from '@kiemtra/api/embed';
import { type Database, loadBinhDinh2024, loadReferenceData, migrateToLatest } from '@kiemtra/db';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { type Client, startApi } from '../national/in-process-api.js';
import { measure } from '../national/load.js';
import { nationalConfig, recreateDatabase } from '../national/national-database.js';
import { perVisitOverview } from './per-visit-baseline.js';

const TOTAL = Number(process.env.TOTAL ?? 100);
const PORT = Number(process.env.BENCH_PORT ?? 3263);
const YEAR = Number(process.env.YEAR ?? 2024);
// ONLY=overview measures just the calls whose name matches (the baseline is always measured).
const ONLY = new RegExp(process.env.ONLY ?? '.');
const config = nationalConfig();
const seedUrl = new URL(config.url);
seedUrl.pathname = `${seedUrl.pathname}_seed`;

/** A database whose statements are counted, so that each request's count can be printed. */
function countedDb(url: string) {
  const counter = { n: 0 };
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 10 }) }),
    log: () => {
      counter.n++;
    },
  });
  return { db, counter };
}

await recreateDatabase(seedUrl.toString());
const seed = countedDb(seedUrl.toString());
await migrateToLatest(seed.db);
await loadReferenceData(seed.db);
await loadBinhDinh2024(seed.db, { hashPassword });
const national = countedDb(config.url);
await migrateToLatest(national.db);

const home = (c: Client) => () =>
  Promise.all([
    c.auth.me.query(),
    c.inspections.todo.query(),
    c.plans.list.query(),
    c.inspections.list.query(),
    c.reports.states.query(),
  ]);

async function callsOf(port: number, db: Kysely<Database>) {
  const api = await startApi(db, port);
  const as = async (u: string) => api.signedIn(u);
  const [lanhdao, admin, truongdoan, sct, head, district] = await Promise.all(
    ['lanhdao', 'admin', 'truongdoan', 'sct', 'sct.lanhdao', 'noivu.tayson'].map(as),
  );
  const calendar = createCalendarProvider();
  const calls: { name: string; run: () => Promise<unknown> }[] = [
    {
      name: `overview.get ${YEAR} (lãnh đạo)`,
      run: () => (lanhdao as Client).overview.get.query({ year: YEAR }),
    },
    {
      name: `overview.get ${YEAR} theo Đoàn`,
      run: () => (admin as Client).overview.get.query({ year: YEAR, by: 'team' }),
    },
    ...(
      [
        ['admin', admin],
        ['truongdoan', truongdoan],
        ['sct', sct],
        ['sct.lanhdao', head],
        ['noivu.tayson', district],
      ] as const
    ).flatMap(([name, c]) => [
      { name: `inspections.todo ${name}`, run: () => (c as Client).inspections.todo.query() },
      { name: `trang chủ ${name}`, run: home(c as Client) },
    ]),
  ];
  // Bình Định, whose demo accounts the calls sign in with.
  const tenant = await db
    .selectFrom('users')
    .select('tenant_id as id')
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  calls.push({
    name: `vòng lặp từng cuộc ${YEAR} (cơ sở so sánh)`,
    run: async () => perVisitOverview(db, await calendar.current(db), tenant.id, YEAR),
  });
  return { api, calls };
}

const ms = (x: number) => x.toFixed(1).padStart(7);
const seedRun = await callsOf(PORT, seed.db);
const nationalRun = await callsOf(PORT + 1, national.db);
const count = async (counter: { n: number }, run: () => Promise<unknown>) => {
  counter.n = 0;
  await run();
  return counter.n;
};
const inspections = async (db: Kysely<Database>) =>
  (
    await db
      .selectFrom('inspections')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;
console.log(
  `Cơ sở: ${await inspections(seed.db)} cuộc kiểm tra; quốc gia: ${await inspections(national.db)}.`,
);
console.log(
  `\n${'đường đi'.padEnd(36)} ${'cơ sở p50'.padStart(9)} ${'p95'.padStart(7)} ${'câu lệnh'.padStart(8)} ${'quốc gia p50'.padStart(12)} ${'p95'.padStart(7)} ${'câu lệnh'.padStart(8)}  quốc gia/cơ sở (p95)`,
);
const results = new Map<string, number>();
for (const [i, call] of nationalRun.calls.entries()) {
  const base = seedRun.calls[i];
  if (!base || !(ONLY.test(call.name) || call.name.startsWith('vòng lặp'))) continue;
  const total = call.name.startsWith('vòng lặp') ? Math.min(TOTAL, 20) : TOTAL;
  const s = await measure(base.run, { total, concurrency: 10, warmUp: 3 });
  const sq = await count(seed.counter, base.run);
  const n = await measure(call.run, { total, concurrency: 10, warmUp: 3 });
  const nq = await count(national.counter, call.run);
  results.set(call.name, n.p95);
  console.log(
    `${call.name.padEnd(36)} ${ms(s.p50).padStart(9)} ${ms(s.p95)} ${String(sq).padStart(8)} ${ms(n.p50).padStart(12)} ${ms(n.p95)} ${String(nq).padStart(8)}  ${(n.p95 / s.p95).toFixed(2)}×`,
  );
}
const baseline = results.get(`vòng lặp từng cuộc ${YEAR} (cơ sở so sánh)`) ?? Number.NaN;
const overview = results.get(`overview.get ${YEAR} (lãnh đạo)`) ?? Number.NaN;
console.log(
  `\nQuy mô quốc gia: overview.get p95 ${overview.toFixed(1)} ms, vòng lặp từng cuộc p95 ${baseline.toFixed(1)} ms: nhanh hơn ${(baseline / overview).toFixed(1)}×. c=10, ${TOTAL} yêu cầu mỗi đường đi (vòng lặp: ${Math.min(TOTAL, 20)}).`,
);
await seedRun.api.close();
await nationalRun.api.close();
await seed.db.destroy();
await national.db.destroy();
