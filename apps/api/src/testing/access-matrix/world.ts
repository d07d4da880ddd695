import {
  findInspection,
  findPlanForPlanning,
  findRecommendation,
  findRound,
  findTeam,
  insertApiClient,
} from '@kiemtra/db';
import { type Actor, API_SCOPES, type Resource } from '@kiemtra/domain';
import { createTRPCUntypedClient, httpLink, type TRPCUntypedClient } from '@trpc/client';
import superjson from 'superjson';
import { hashPassword } from '../../auth/password.js';
import { resolveActor } from '../../auth/resolve-actor.js';
import { hashToken, newToken, SESSION_COOKIE } from '../../auth/tokens.js';
import type { Clock } from '../../clock.js';
import { roundResource } from '../../inspection/round-context.js';
import { planResource } from '../../planning/plan-access.js';
import type { AppRouter } from '../../trpc/root.js';
import { inspectionResource } from '../../trpc/routers/schedule/schedule-context.js';
import { unitIds } from '../planning-fixtures.js';
import { DEMO_PASSWORD, sessionCookie, type TestServer } from '../test-server.js';
import { buildScenario } from './scenario.js';

/** The kinds of thing a procedure acts on; a case names the kind, the matrix runs every subject of it. */
export type SubjectKind =
  | 'none'
  | 'plan'
  | 'inspection'
  | 'round'
  | 'team'
  | 'target'
  | 'finding'
  | 'recommendation'
  | 'attachment'
  | 'template';

export interface Subject {
  kind: SubjectKind;
  /** How the subject relates to the seed's people, for the failure message (e.g. "SCT visit, notified"). */
  label: string;
  id: string;
  /** The policy's facts about it, as the API gathers them. */
  resource: Resource;
  /** Other ids a case needs to build a valid input (the plan of a team, the team of a round…). */
  refs: Record<string, string>;
}

export interface MatrixActor {
  label: string;
  /** null: nobody signed in. */
  actor: Actor | null;
  client: TRPCUntypedClient<AppRouter>;
  /** Signs in again after a case that ends the session. */
  renew(): Promise<void>;
}

export interface World {
  tenantId: string;
  actors: MatrixActor[];
  subjects: Subject[];
  unit: (code: string) => string;
  /** A throwaway account every actor may sign in to. */
  signInAccount: { username: string; password: string };
}

const USERS = [
  'admin',
  'quantri',
  'noivu.tayson',
  'truongdoan',
  'thanhvien',
  'lanhdao',
  'sct',
  'sct.lanhdao',
  'tayson',
  'xa.binhtuong',
] as const;

function untypedClient(url: string, headers: () => Record<string, string>) {
  return createTRPCUntypedClient<AppRouter>({
    links: [httpLink({ url: `${url}/trpc`, transformer: superjson, headers })],
  });
}

async function userActor(server: TestServer, clock: Clock, username: string): Promise<MatrixActor> {
  let cookie = await sessionCookie(server.url, username);
  const token = () => cookie.slice(`${SESSION_COOKIE}=`.length);
  const profile = await resolveActor(
    { db: server.database.db, clock },
    { bearerToken: null, sessionToken: token(), clientIp: '127.0.0.1' },
  );
  if (!profile) throw new Error(`no actor for ${username}`);
  return {
    label: `${username} (${profile.actor.kind === 'user' ? profile.actor.roles.join(', ') : ''})`,
    actor: profile.actor,
    client: untypedClient(server.url, () => ({ cookie })),
    async renew() {
      cookie = await sessionCookie(server.url, username);
    },
  };
}

async function tokenActor(server: TestServer, scope: (typeof API_SCOPES)[number]): Promise<MatrixActor> {
  const token = newToken();
  await insertApiClient(server.database.db, {
    tenantId: 'binh-dinh',
    name: `Hệ thống ${scope}`,
    tokenHash: hashToken(token),
    scopes: [scope],
  });
  const profile = await resolveActor(
    { db: server.database.db, clock: { now: () => new Date() } },
    { bearerToken: token, sessionToken: null, clientIp: '127.0.0.1' },
  );
  if (!profile) throw new Error(`no actor for the ${scope} token`);
  return {
    label: `token ${scope}`,
    actor: profile.actor,
    client: untypedClient(server.url, () => ({ authorization: `Bearer ${token}` })),
    renew: async () => undefined,
  };
}

/**
 * Every role of the seed and every token kind, and one subject of each relation for each kind of
 * resource: own unit, other unit, own team, other team, draft, published.
 */
export async function buildWorld(
  server: TestServer,
  clock: Clock,
  setNow: (iso: string) => void,
): Promise<World> {
  const db = server.database.db;
  const unit = await unitIds(server);
  const scenario = await buildScenario(server, unit, setNow);

  const signInAccount = { username: 'matrix.dang-nhap', password: DEMO_PASSWORD };
  await db
    .insertInto('users')
    .values({
      tenant_id: 'binh-dinh',
      org_unit_id: unit('so-tu-phap'),
      username: signInAccount.username,
      full_name: 'Tài khoản thử đăng nhập',
      position: 'Chuyên viên',
      password_hash: await hashPassword(DEMO_PASSWORD),
    })
    .execute();

  const anonymous: MatrixActor = {
    label: 'anonymous',
    actor: null,
    client: untypedClient(server.url, () => ({})),
    renew: async () => undefined,
  };
  const actors = [anonymous];
  for (const username of USERS) actors.push(await userActor(server, clock, username));
  for (const scope of API_SCOPES) actors.push(await tokenActor(server, scope));

  const subjects: Subject[] = [
    { kind: 'none', label: 'no resource', id: '', resource: { tenantId: 'binh-dinh' }, refs: {} },
  ];
  for (const [label, planId] of Object.entries(scenario.plans)) {
    const plan = await findPlanForPlanning(db, planId);
    if (!plan) throw new Error(`no plan ${label}`);
    subjects.push({ kind: 'plan', label, id: planId, resource: planResource(plan), refs: {} });
  }
  const inspectionSubject = async (kind: SubjectKind, label: string, id: string, inspectionId: string) => {
    const inspection = await findInspection(db, inspectionId);
    if (!inspection) throw new Error(`no inspection for ${label}`);
    subjects.push({
      kind,
      label: `${label} (${inspection.orgUnitName}, ${inspection.status})`,
      id,
      resource: inspectionResource(inspection),
      refs: { planId: inspection.planId, teamId: inspection.teamId ?? '', inspectionId },
    });
  };
  for (const [label, id] of Object.entries(scenario.inspections))
    await inspectionSubject('inspection', label, id, id);
  for (const [label, f] of Object.entries(scenario.findings))
    await inspectionSubject('finding', label, f.id, f.inspectionId);
  for (const [label, id] of Object.entries(scenario.recommendations)) {
    const rec = await findRecommendation(db, id);
    await inspectionSubject('recommendation', label, id, rec?.inspectionId ?? '');
  }
  await inspectionSubject(
    'attachment',
    'evidence of SCT’s report',
    scenario.attachmentId,
    scenario.inspections.sctNotified,
  );
  for (const [label, roundId] of Object.entries(scenario.rounds)) {
    const round = await findRound(db, roundId);
    const plan = round ? await findPlanForPlanning(db, round.planId) : null;
    if (!round || !plan) throw new Error(`no round ${label}`);
    subjects.push({
      kind: 'round',
      label,
      id: roundId,
      resource: roundResource(round, plan),
      refs: { planId: plan.id, teamId: round.teamId, inspectionId: round.inspectionIds[0] ?? '' },
    });
  }
  for (const [label, t] of Object.entries(scenario.teams)) {
    const team = await findTeam(db, t.id);
    const plan = team ? await findPlanForPlanning(db, team.planId) : null;
    if (!team || !plan) throw new Error(`no team ${label}`);
    const teamUserIds = team.members.flatMap((m) => (m.userId ? [m.userId] : []));
    subjects.push({
      kind: 'team',
      label,
      id: team.id,
      resource: roundResource(
        { teamLeaderUserId: team.members.find((m) => m.role === 'leader')?.userId ?? null, teamUserIds },
        plan,
      ),
      refs: { planId: plan.id, inspectionId: t.inspectionId, version: String(team.version) },
    });
  }
  for (const [label, t] of Object.entries(scenario.targets)) {
    const plan = await findPlanForPlanning(db, t.planId);
    if (!plan) throw new Error(`no plan for target ${label}`);
    subjects.push({
      kind: 'target',
      label,
      id: t.id,
      resource: planResource(plan),
      refs: { planId: plan.id },
    });
  }
  subjects.push({
    kind: 'template',
    label: 'the seed’s outline',
    id: scenario.templateId,
    resource: { tenantId: 'binh-dinh' },
    refs: {},
  });
  return { tenantId: 'binh-dinh', actors, subjects, unit, signInAccount };
}
