import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatrixCase } from '../testing/access-matrix/case.js';
import { accountCases } from '../testing/access-matrix/cases-accounts.js';
import { apiClientCases, auditLogCases } from '../testing/access-matrix/cases-api-clients.js';
import { inspectionCases } from '../testing/access-matrix/cases-inspection.js';
import { jobCases } from '../testing/access-matrix/cases-jobs.js';
import { notificationCases } from '../testing/access-matrix/cases-notifications.js';
import { orgUnitCases } from '../testing/access-matrix/cases-org-units.js';
import { planningCases } from '../testing/access-matrix/cases-planning.js';
import { reportCases } from '../testing/access-matrix/cases-reports.js';
import { buildWorld, type MatrixActor, type Subject, type World } from '../testing/access-matrix/world.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { appRouter } from './root.js';

// Issue 18: every procedure of the router, for every role and token kind, against resources of
// every relation, compared with the policy's answer. The procedures come from the router itself:
// one added without a case here fails the first test, by name.
const CASES: Record<string, MatrixCase> = {
  ...planningCases,
  ...orgUnitCases,
  ...inspectionCases,
  ...reportCases,
  ...apiClientCases,
  ...accountCases,
  ...auditLogCases,
  ...notificationCases,
  ...jobCases,
};
const PROCEDURES = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
const REFUSALS = new Set(['FORBIDDEN', 'UNAUTHORIZED']);

let now = new Date('2024-06-06T02:00:00Z');
let server: TestServer;
let world: World;

beforeAll(async () => {
  const clock = { now: () => now };
  server = await startTestServer({ clock });
  world = await buildWorld(server, clock, (iso) => {
    now = new Date(iso);
  });
}, 600_000);
afterAll(async () => server?.close());

type Outcome = { refused: boolean; code: string; message: string };

async function call(actor: MatrixActor, path: string, input: unknown): Promise<Outcome> {
  const type = PROCEDURES[path]?._def.type;
  try {
    await (type === 'query' ? actor.client.query(path, input) : actor.client.mutation(path, input));
    return { refused: false, code: 'OK', message: '' };
  } catch (error) {
    if (!(error instanceof TRPCClientError)) throw error;
    const code = String((error.data as { code?: string } | undefined)?.code ?? 'UNKNOWN');
    return { refused: REFUSALS.has(code), code, message: error.message };
  }
}

/**
 * Runs one procedure on one subject for every actor. Those the policy refuses go first, all at
 * once (a refusal changes nothing); then those it allows, one by one, so that an allowed change
 * cannot hide a refusal.
 */
async function runOn(path: string, c: MatrixCase, subject: Subject): Promise<string[]> {
  const problems: string[] = [];
  const check = async (actor: MatrixActor, expected: boolean) => {
    const outcome = await call(actor, path, c.input?.(subject, world));
    if (c.endsSession) await actor.renew();
    const by = `${path} on ${subject.label} by ${actor.label}`;
    if (outcome.code === 'INTERNAL_SERVER_ERROR') problems.push(`${by}: ${outcome.code} ${outcome.message}`);
    else if (expected === outcome.refused) {
      problems.push(
        `${by}: the policy ${expected ? 'allows' : 'refuses'}, the API ${outcome.refused ? 'refused' : 'let it through'} (${outcome.code}${outcome.message ? `: ${outcome.message}` : ''})`,
      );
    }
  };
  const refused = world.actors.filter((a) => !c.allows(a.actor, subject));
  await Promise.all(refused.map((a) => check(a, false)));
  for (const actor of world.actors.filter((a) => c.allows(a.actor, subject))) await check(actor, true);
  return problems;
}

describe('the access matrix', () => {
  it('has a case for every procedure of the router, and none for a procedure that is gone', () => {
    const missing = Object.keys(PROCEDURES).filter((p) => !(p in CASES));
    expect(
      missing,
      `procedures with no access-matrix case (add one in apps/api/src/testing/access-matrix/): ${missing.join(', ')}`,
    ).toEqual([]);
    expect(Object.keys(CASES).filter((p) => !(p in PROCEDURES))).toEqual([]);
  });

  for (const path of Object.keys(PROCEDURES)) {
    it(`${path}: refuses exactly whom the policy refuses`, async (context) => {
      const c = CASES[path];
      if (!c) {
        expect.fail(`no access-matrix case for ${path}`);
        return;
      }
      const subjects = world.subjects.filter((s) => s.kind === c.on);
      expect(subjects.length, `no subject of kind ${c.on}`).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const subject of subjects) problems.push(...(await runOn(path, c, subject)));
      expect(problems, problems.join('\n')).toEqual([]);
      context.annotate(`${subjects.length * world.actors.length} calls`);
    }, 300_000);
  }
});
