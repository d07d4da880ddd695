/*
 * Runs every SQL statement of the hot paths (hot-calls.ts) against the national dataset with
 * EXPLAIN and fails when one reads a large table by a sequential scan: a query whose cost grows
 * with the history of every province. Prints each statement's plan summary.
 *
 * Run: cd bench && pnpm national:explain   (after national:generate; NATIONAL_DATABASE_URL as there)
 * Exit code 1 on a sequential scan of a table over LARGE_TABLE_ROWS rows.
 */
import { type Database, migrateToLatest } from '@kiemtra/db';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { hotCalls } from './hot-calls.js';
import { startApi } from './in-process-api.js';
import { nationalConfig } from './national-database.js';

const LARGE_TABLE_ROWS = 5000;
const PORT = Number(process.env.BENCH_PORT ?? 3263);
const config = nationalConfig();

const statements = new Map<string, readonly unknown[]>();
const pool = new pg.Pool({ connectionString: config.url, max: 4 });
const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool }),
  log(event) {
    const text = event.query.sql;
    if (/^\s*(select|with)/i.test(text) && !statements.has(text))
      statements.set(text, event.query.parameters);
  },
});

// The dataset may predate the newest migrations (an index among them).
await migrateToLatest(db);
const api = await startApi(db, PORT);
const calls = await hotCalls(api);
statements.clear();
for (const call of calls) await call.run();
await api.close();

const large = await pool.query<{ relname: string; rows: number }>(
  `SELECT relname, reltuples::bigint AS rows FROM pg_class WHERE relkind IN ('r', 'p') AND relnamespace = 'public'::regnamespace AND reltuples > $1`,
  [LARGE_TABLE_ROWS],
);
const largeTables = new Map(large.rows.map((r) => [r.relname, Number(r.rows)]));

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}
const walk = (node: PlanNode, out: PlanNode[] = []): PlanNode[] => {
  out.push(node);
  for (const child of node.Plans ?? []) walk(child, out);
  return out;
};

let failures = 0;
for (const [text, parameters] of statements) {
  const result = await pool.query<{ 'QUERY PLAN': { Plan: PlanNode; 'Total Cost'?: number }[] }>(
    `EXPLAIN (FORMAT JSON) ${text}`,
    parameters as unknown[],
  );
  const plan = result.rows[0]?.['QUERY PLAN'][0]?.Plan;
  if (!plan) continue;
  const nodes = walk(plan);
  const seqScans = nodes.filter(
    (n) => n['Node Type'] === 'Seq Scan' && largeTables.has(n['Relation Name'] ?? ''),
  );
  const oneLine = text.replace(/\s+/g, ' ').slice(0, 160);
  if (seqScans.length > 0) {
    failures++;
    const names = seqScans.map(
      (n) => `${n['Relation Name']} (${largeTables.get(n['Relation Name'] ?? '')} dòng)`,
    );
    console.log(`✗ quét tuần tự ${names.join(', ')}\n    ${oneLine}`);
  } else {
    const indexes = [...new Set(nodes.map((n) => n['Index Name']).filter(Boolean))];
    console.log(`✓ ${indexes.length > 0 ? indexes.join(', ') : 'không đọc bảng lớn'}\n    ${oneLine}`);
  }
}
console.log(
  `\n${statements.size} câu lệnh của ${calls.length} đường đi nóng; ${failures} có quét tuần tự bảng lớn.`,
);
await db.destroy();
process.exit(failures > 0 ? 1 : 0);
