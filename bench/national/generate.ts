/*
 * Fills a PostgreSQL database with a national-scale dataset: the seed's Bình Định (its 2024 plan
 * and demo accounts, plus nine earlier years) and 33 generated provinces with ten years each, every
 * year a plan as the workflow leaves it (see generate-plan-year.ts). Every row goes through the
 * audit triggers, as in production. The database is dropped and made anew.
 *
 * Run: cd bench && pnpm national:generate   (NATIONAL_DATABASE_URL, PROVINCES, YEARS, TODAY to change)
 * Prints the row counts of the large tables at the end.
 */
import {
  BINH_DINH_2024,
  DEMO_PASSWORD,
  loadBinhDinh2024,
  loadReferenceData,
  migrateToLatest,
  withActor,
} from '@kiemtra/db';
import { hash } from '@node-rs/argon2';
import { sql } from 'kysely';
import { insertPlanYear } from './generate-plan-year.js';
import { insertProvinceRegister } from './generate-province.js';
import { nationalConfig, openNational, recreateDatabase } from './national-database.js';
import { GENERATED_PROVINCES } from './provinces.js';

const config = nationalConfig();
const started = performance.now();
await recreateDatabase(config.url);
const handle = await openNational(config.url);
const db = handle.db;
const argon = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const hashPassword = (password: string) => hash(password, argon);

await migrateToLatest(db);
await loadReferenceData(db);
await loadBinhDinh2024(db, { hashPassword });
const seedTenant = BINH_DINH_2024.tenant.id;
const seedPlan = await db
  .selectFrom('plans')
  .select('id')
  .where('tenant_id', '=', seedTenant)
  .executeTakeFirstOrThrow();
const passwordHash = await hashPassword(DEMO_PASSWORD);
const actor = { kind: 'system' as const, id: null, name: 'Dữ liệu quy mô quốc gia', tenantId: null };

const lastYear = Number(config.today.slice(0, 4));
const seedYear = BINH_DINH_2024.plan.year;
const provinces = [
  // The seed's province keeps its 2024 plan as the newest and gains the years before it.
  {
    tenantId: seedTenant,
    years: range(seedYear - config.years + 1, seedYear - 1),
    generated: false,
    name: '',
  },
  ...GENERATED_PROVINCES.slice(0, config.provinces - 1).map((name, i) => ({
    tenantId: `tinh-${String(i + 1).padStart(2, '0')}`,
    name,
    years: range(lastYear - config.years + 1, lastYear),
    generated: true,
  })),
];

for (const province of provinces) {
  const s = performance.now();
  await withActor(db, { ...actor, tenantId: province.tenantId }, async (trx) => {
    if (province.generated) {
      await insertProvinceRegister(
        trx,
        { tenantId: province.tenantId, name: province.name },
        seedTenant,
        passwordHash,
      );
    }
    for (const year of province.years) {
      await insertPlanYear(trx, {
        tenantId: province.tenantId,
        year,
        today: config.today,
        current: year === lastYear,
        contentsFromPlanId: seedPlan.id,
      });
    }
  });
  console.log(
    `${province.tenantId}: ${province.years.length} năm, ${((performance.now() - s) / 1000).toFixed(1)} s`,
  );
}

await sql`ANALYZE`.execute(db);
const counts = await sql<{ table: string; rows: number }>`
  SELECT t AS table, (xpath('/row/c/text()', query_to_xml('SELECT count(*) AS c FROM ' || t, false, true, '')))[1]::text::int AS rows
  FROM unnest(ARRAY['tenants','plans','targets','inspections','unit_reports','report_answers','inspection_minutes',
    'findings','conclusions','recommendations','remediation_reports','audit_log']) t`.execute(db);
for (const row of counts.rows) console.log(`${row.table.padEnd(22)} ${row.rows.toLocaleString('vi-VN')}`);
const size = await sql<{
  size: string;
}>`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`.execute(db);
console.log(`Dung lượng: ${size.rows[0]?.size}; ${((performance.now() - started) / 1000).toFixed(0)} s`);
await handle.close();

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
