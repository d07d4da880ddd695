import { insertApiClient } from '@kiemtra/db';
import type { TRPCClient } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../auth/tokens.js';
import { makePlanInput, unitIds } from '../testing/planning-fixtures.js';
import { rejection } from '../testing/rejection.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import type { AppRouter } from './root.js';

// Issue 18, "Access": four procedures read past the policy. Thursday 6 June 2024, the day after
// the seed's visit to xã Bình Tường.
const NOW = new Date('2024-06-06T02:00:00Z');
const plansToken = newToken();
const resultsToken = newToken();

type Client = TRPCClient<AppRouter>;
let server: TestServer;
let leader: Client;
let admin: Client;
let sct: Client;
let commune: Client;
let inspectionId: string;
let roundId: string;

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => NOW } });
  const db = server.database.db;
  await insertApiClient(db, {
    tenantId: 'binh-dinh',
    name: 'Một cửa',
    tokenHash: hashToken(plansToken),
    scopes: ['plans:read'],
  });
  await insertApiClient(db, {
    tenantId: 'binh-dinh',
    name: 'Chỉ số CCHC',
    tokenHash: hashToken(resultsToken),
    scopes: ['plans:read', 'results:read', 'inspections:read'],
  });
  leader = await server.signedIn('truongdoan');
  admin = await server.signedIn('admin');
  sct = await server.signedIn('sct');
  commune = await server.signedIn('xa.binhtuong');
  const visit = (await leader.inspections.list.query()).items.find((v) =>
    v.orgUnitName.includes('Bình Tường'),
  );
  if (!visit) throw new Error('no visit to xã Bình Tường');
  inspectionId = visit.id;
  const row = await db
    .selectFrom('inspections')
    .select('team_id')
    .where('id', '=', inspectionId)
    .executeTakeFirstOrThrow();
  await leader.minutes.save.mutate({
    inspectionId,
    expectedVersion: 0,
    minutes: {
      date: '2024-06-05',
      place: 'Trụ sở UBND xã Bình Tường',
      attendees: [
        { name: 'Trần Quốc Bảo', organisation: 'Sở Nội vụ', role: 'team_leader' },
        { name: 'Lê Văn Sang', organisation: 'UBND xã Bình Tường', role: 'unit_head' },
      ],
      discussion: 'Đoàn ghi nhận bộ phận một cửa còn thiếu người.',
    },
  });
  const created = await leader.rounds.create.mutate({
    planId: visit.planId,
    teamId: row.team_id ?? '',
    name: 'Đợt 1',
    inspectionIds: [inspectionId],
  });
  roundId = created.id;
});
afterAll(async () => server?.close());

describe('the summary report of a round is read as its DOCX is', () => {
  it('is refused to units, the visited one included, and to a token without the results scope', async () => {
    for (const client of [sct, commune, server.withBearer(plansToken)]) {
      const refused = await rejection(client.summary.get.query({ roundId }));
      expect(refused.data?.code).toBe('FORBIDDEN');
      expect(refused.message).toBe('Bạn không có quyền xem kết quả kiểm tra.');
    }
  });

  it('is read by Sở Nội vụ and by a system with the results scope', async () => {
    expect((await admin.summary.get.query({ roundId })).figures.unitsInspected).toEqual([
      'Ủy ban nhân dân xã Bình Tường',
    ]);
    const byToken = await server.withBearer(resultsToken).summary.get.query({ roundId });
    expect(byToken.status).toBe('draft');
  });
});

describe('a round is its team’s', () => {
  it('is not shown to units, neither one by one nor in the plan’s list', async () => {
    for (const client of [sct, commune]) {
      const refused = await rejection(client.rounds.get.query({ roundId }));
      expect(refused.data?.code).toBe('FORBIDDEN');
    }
    const plans = await sct.plans.list.query();
    for (const plan of plans) expect(await sct.rounds.list.query({ planId: plan.id })).toEqual([]);
  });

  it('is listed for its team and for Sở Nội vụ', async () => {
    const [plan] = await leader.plans.list.query();
    if (!plan) throw new Error('no plan');
    expect((await leader.rounds.list.query({ planId: plan.id })).map((r) => r.id)).toEqual([roundId]);
    expect((await admin.rounds.list.query({ planId: plan.id })).map((r) => r.id)).toEqual([roundId]);
    expect((await leader.rounds.get.query({ roundId })).name).toBe('Đợt 1');
  });
});

describe('the minutes are the team’s working paper until the conclusion is issued', () => {
  it('refuses them to the inspected unit before the notice, shows them after', async () => {
    const before = await rejection(commune.minutes.get.query({ inspectionId }));
    expect(before.data?.code).toBe('FORBIDDEN');
    expect(before.message).toContain('trước khi ban hành thông báo kết luận');
    await leader.findings.add.mutate({
      inspectionId,
      finding: { area: 'A1', kind: 'achievement', description: 'Ban hành kế hoạch CCHC đúng hạn' },
    });
    const started = await leader.inspections.get.query({ inspectionId });
    await leader.conclusions.issue.mutate({
      inspectionId,
      expectedVersion: started.version,
      notice: { date: '2024-06-06' },
    });
    const after = await commune.minutes.get.query({ inspectionId });
    expect(after.discussion).toBe('Đoàn ghi nhận bộ phận một cửa còn thiếu người.');
  });
});

describe('draft plans are read only by those who make them', () => {
  it('hides Sở Nội vụ’s and a district’s drafts from units and from a plans:read token', async () => {
    const unit = await unitIds(server);
    const provinceDraft = await admin.plans.create.mutate(makePlanInput(unit));
    const district = await server.signedIn('noivu.tayson');
    const districtDraft = await district.plans.create.mutate(
      makePlanInput(unit, {
        title: 'Kế hoạch kiểm tra công tác CCHC của UBND huyện Tây Sơn năm 2025',
        memberAgencies: [{ orgUnitId: unit('huyen-tay-son'), isPoliceUnit: false }],
      }),
    );
    const drafts = [provinceDraft.id, districtDraft.id];
    for (const client of [sct, commune, leader, server.withBearer(plansToken)]) {
      const listed = (await client.plans.list.query()).map((p) => p.id);
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.filter((id) => drafts.includes(id))).toEqual([]);
      const rolled = (await client.plans.rollup.query({})).map((p) => p.id);
      expect(rolled.filter((id) => drafts.includes(id))).toEqual([]);
      for (const planId of drafts) {
        expect((await rejection(client.plans.get.query({ planId }))).data?.code).toBe('FORBIDDEN');
        expect((await rejection(client.plans.forEditing.query({ planId }))).data?.code).toBe('FORBIDDEN');
      }
    }
    // The district reads its own draft, not Sở Nội vụ's; Sở Nội vụ and leadership read both.
    expect((await district.plans.list.query()).map((p) => p.id)).toContain(districtDraft.id);
    expect((await district.plans.get.query({ planId: districtDraft.id })).id).toBe(districtDraft.id);
    expect((await rejection(district.plans.get.query({ planId: provinceDraft.id }))).data?.code).toBe(
      'FORBIDDEN',
    );
    const lanhdao = await server.signedIn('lanhdao');
    for (const client of [admin, lanhdao]) {
      expect((await client.plans.list.query()).map((p) => p.id)).toEqual(expect.arrayContaining(drafts));
    }
  });
});
