import type { Database } from '@kiemtra/db';
import fc from 'fast-check';
import { type Kysely, sql } from 'kysely';
import { appRouter } from '../../trpc/root.js';
import { rawCall } from '../raw-trpc.js';
import { changedCounts, rowCounts } from '../row-counts.js';
import { arbitraryOf, type FuzzPools } from './arbitrary-from-zod.js';

/** Who calls: a label and the headers that make them (a session cookie, a bearer token, none). */
export interface FuzzActor {
  label: string;
  headers: Record<string, string>;
}

export interface FuzzFinding {
  path: string;
  actor: string;
  input: string;
  answer: string;
}

export interface FuzzReport {
  requests: number;
  procedures: number;
  byStatus: Record<string, number>;
  /** Answers 500: each a defect. */
  serverErrors: FuzzFinding[];
  /** Refused (4xx) calls after which some table's row count changed: each a defect. */
  refusedWithChanges: (FuzzFinding & { changes: Record<string, string> })[];
}

// Ending the session would leave the fuzz signed out for the rest of the run.
const SKIPPED = new Set(['auth.signOut']);

type Procedure = { _def: { type: 'query' | 'mutation'; inputs: unknown[] } };

/** Every id of the seed's main tables: the uuids the fuzz names, so that inputs reach the rules. */
export async function idPool(db: Kysely<Database>): Promise<FuzzPools> {
  const tables = [
    'plans',
    'inspections',
    'teams',
    'targets',
    'org_units',
    'users',
    'findings',
    'recommendations',
    'rounds',
    'report_templates',
    'report_attachments',
  ];
  const rows = await sql<{ id: string }>`${sql.join(
    tables.map((t) => sql`(SELECT id::text FROM ${sql.table(t)} LIMIT 200)`),
    sql` UNION ALL `,
  )}`.execute(db);
  return { ids: rows.rows.map((r) => r.id) };
}

const truncate = (value: unknown, max = 400) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? 'undefined' : text.length > max ? `${text.slice(0, max)}…` : text;
};

/**
 * Calls every procedure of the router in turn, for actors drawn at random, with inputs drawn
 * from the procedure's own zod schema, until `durationMs` has passed. Mutations are checked for
 * changes when refused: the row counts of every data table before and after.
 */
export async function runFuzz(options: {
  url: string;
  db: Kysely<Database>;
  actors: readonly FuzzActor[];
  durationMs: number;
  seed: number;
  only?: (path: string) => boolean;
  log?: (line: string) => void;
}): Promise<FuzzReport> {
  const pools = await idPool(options.db);
  const all = appRouter._def.procedures as unknown as Record<string, Procedure>;
  const procedures = Object.entries(all)
    .filter(([path]) => !SKIPPED.has(path) && (options.only?.(path) ?? true))
    .map(([path, p]) => ({
      path,
      type: p._def.type,
      input: p._def.inputs[0] ? arbitraryOf(p._def.inputs[0], pools) : fc.constant(undefined),
    }));
  const report: FuzzReport = {
    requests: 0,
    procedures: procedures.length,
    byStatus: {},
    serverErrors: [],
    refusedWithChanges: [],
  };
  const random = fc.sample(fc.nat({ max: 1_000_000 }), { numRuns: 100_000, seed: options.seed });
  const deadline = Date.now() + options.durationMs;
  for (let i = 0; Date.now() < deadline; i++) {
    const procedure = procedures[i % procedures.length];
    const actor = options.actors[(random[i % random.length] ?? 0) % options.actors.length];
    if (!procedure || !actor) break;
    const [input] = fc.sample(procedure.input, { numRuns: 1, seed: options.seed + i });
    const before = procedure.type === 'mutation' ? await rowCounts(options.db) : null;
    const answer = await rawCall(options.url, procedure.type, procedure.path, input, actor.headers);
    report.requests += 1;
    report.byStatus[answer.status] = (report.byStatus[answer.status] ?? 0) + 1;
    const finding = {
      path: procedure.path,
      actor: actor.label,
      input: truncate(input),
      answer: truncate(answer.body, 300),
    };
    if (answer.status >= 500 && answer.status !== 503) {
      report.serverErrors.push(finding);
      options.log?.(`500 ${procedure.path} as ${actor.label}: ${finding.input} → ${finding.answer}`);
    }
    if (before && answer.status >= 400) {
      const changes = changedCounts(before, await rowCounts(options.db));
      if (Object.keys(changes).length > 0) report.refusedWithChanges.push({ ...finding, changes });
    }
  }
  return report;
}

/** The report as a person reads it at the end of a run. */
export function describeFuzz(report: FuzzReport, seconds: number): string {
  const statuses = Object.entries(report.byStatus)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([s, n]) => `${s}: ${n}`)
    .join(', ');
  return [
    `${report.requests} requests over ${report.procedures} procedures in ${seconds.toFixed(0)} s`,
    `statuses: ${statuses}`,
    `server errors (500): ${report.serverErrors.length}`,
    ...report.serverErrors.slice(0, 20).map((f) => `  ${f.path} as ${f.actor}: ${f.input} → ${f.answer}`),
    `refused inputs that changed the database: ${report.refusedWithChanges.length}`,
    ...report.refusedWithChanges
      .slice(0, 20)
      .map((f) => `  ${f.path} as ${f.actor}: ${JSON.stringify(f.changes)} ← ${f.input}`),
  ].join('\n');
}
