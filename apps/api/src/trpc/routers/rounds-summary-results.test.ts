import { insertApiClient } from '@kiemtra/db';
import type { TRPCClient } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../../auth/tokens.js';
import { rejection } from '../../testing/rejection.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import type { AppRouter } from '../root.js';

// Thursday 6 June 2024, the day after the seed's visit to xã Bình Tường.
const NOW = new Date('2024-06-06T02:00:00Z');
const rankingToken = newToken();
const otherToken = newToken();

let server: TestServer;
let leader: TRPCClient<AppRouter>;
let admin: TRPCClient<AppRouter>;
let planId: string;
let teamId: string;
let inspectionId: string;
let roundId: string;

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => NOW } });
  const db = server.database.db;
  await insertApiClient(db, {
    tenantId: 'binh-dinh',
    name: 'Chỉ số CCHC',
    tokenHash: hashToken(rankingToken),
    scopes: ['results:read'],
  });
  await insertApiClient(db, {
    tenantId: 'binh-dinh',
    name: 'Một cửa',
    tokenHash: hashToken(otherToken),
    scopes: ['plans:read'],
  });
  leader = await server.signedIn('truongdoan');
  admin = await server.signedIn('admin');
  const member = await server.signedIn('thanhvien');
  const visit = (await leader.inspections.list.query()).items.find((v) =>
    v.orgUnitName.includes('Bình Tường'),
  );
  if (!visit) throw new Error('no visit to xã Bình Tường');
  inspectionId = visit.id;
  planId = visit.planId;
  const row = await db
    .selectFrom('inspections')
    .select('team_id')
    .where('id', '=', inspectionId)
    .executeTakeFirstOrThrow();
  teamId = row.team_id ?? '';
  await member.minutes.save.mutate({
    inspectionId,
    expectedVersion: 0,
    minutes: {
      date: '2024-06-05',
      place: 'Trụ sở UBND xã Bình Tường',
      attendees: [
        { name: 'Trần Quốc Bảo', organisation: 'Sở Nội vụ', role: 'team_leader' },
        { name: 'Lê Văn Sang', organisation: 'UBND xã Bình Tường', role: 'unit_head' },
      ],
    },
  });
  await member.findings.add.mutate({
    inspectionId,
    finding: { area: 'A1', kind: 'achievement', description: 'Ban hành kế hoạch CCHC đúng hạn' },
  });
  const started = await leader.inspections.get.query({ inspectionId });
  await leader.conclusions.issue.mutate({
    inspectionId,
    expectedVersion: started.version,
    notice: { date: '2024-06-06' },
  });
});
afterAll(async () => server?.close());

describe('rounds and the summary report', () => {
  it('lets the team leader group the team’s visits in a round, and refuses a read-only leadership viewer', async () => {
    const created = await leader.rounds.create.mutate({
      planId,
      teamId,
      name: 'Đợt 1',
      inspectionIds: [inspectionId],
    });
    roundId = created.id;
    const lanhdao = await server.signedIn('lanhdao');
    const refused = await rejection(
      lanhdao.rounds.create.mutate({ planId, teamId, name: 'Đợt 2', inspectionIds: [inspectionId] }),
    );
    expect(refused.data?.code).toBe('FORBIDDEN');
  });

  it('starts the 20-working-day summary deadline when the round closes, counted from its last on-site day', async () => {
    const round = await leader.rounds.get.query({ roundId });
    expect(round.summaryDeadline).toBeNull();
    const closed = await leader.rounds.close.mutate({ roundId, expectedVersion: round.version });
    expect(closed.closedOnText).toBe('06/06/2024');
    expect(closed.summaryDeadline).toMatchObject({ dueDateText: '03/07/2024', state: 'due_in' });
    const again = await rejection(leader.rounds.close.mutate({ roundId, expectedVersion: round.version }));
    expect(again.data?.httpStatus).toBe(409);
  });

  it('drafts the report from the conclusions; only Sở Nội vụ edits and issues it', async () => {
    const draft = await admin.summary.get.query({ roundId });
    expect(draft.figures.unitsInspected).toEqual(['Ủy ban nhân dân xã Bình Tường']);
    expect(draft.figures.findingsByKind.achievement).toBe(1);
    // Sở Nội vụ writes its assessment itself: the figures are not pasted into its text.
    expect(draft.body).toBe('');
    expect(draft.title).toBe('Báo cáo kết quả kiểm tra công tác cải cách hành chính đợt 1 năm 2024');
    const signer = { signerTitle: 'GIÁM ĐỐC', signerName: 'Nguyễn Thanh Phong' };

    const byLeader = await rejection(
      leader.summary.save.mutate({
        roundId,
        expectedVersion: 0,
        title: draft.title,
        body: 'Đánh giá',
        ...signer,
      }),
    );
    expect(byLeader.data?.code).toBe('FORBIDDEN');
    const saved = await admin.summary.save.mutate({
      roundId,
      expectedVersion: 0,
      title: draft.title,
      body: 'Các đơn vị thực hiện nghiêm túc.',
      proposals: 'Đề nghị UBND tỉnh biểu dương.',
      ...signer,
    });
    const unsigned = await rejection(
      admin.summary.save.mutate({
        roundId,
        expectedVersion: saved.version,
        title: draft.title,
        body: 'x',
        signerTitle: 'GIÁM ĐỐC',
        signerName: ' ',
      }),
    );
    expect(unsigned.message).toContain('Hãy nhập họ và tên người ký.');
    // A number typed by the caller is not read: the register gives the next one.
    await admin.summary.issue.mutate({
      roundId,
      expectedVersion: saved.version,
      issuedOn: '2024-06-06',
      ...({ documentNumber: '85/BC-SNV' } as object),
    });
    const issued = await admin.summary.get.query({ roundId });
    expect(issued).toMatchObject({
      status: 'issued',
      documentNumber: '01/BC-SNV',
      issuedOnText: '06/06/2024',
      proposals: 'Đề nghị UBND tỉnh biểu dương.',
      signerName: 'Nguyễn Thanh Phong',
    });
    expect(issued.round.summaryDeadline?.state).toBe('met_on_time');
    const afterIssue = await rejection(
      admin.summary.save.mutate({
        roundId,
        expectedVersion: issued.version,
        title: 'x',
        body: 'y',
        ...signer,
      }),
    );
    expect(afterIssue.data?.httpStatus).toBe(409);
  });
});

describe('results per unit for the ranking', () => {
  it('are read by a system with the results scope, and refused without it', async () => {
    const results = await server.withBearer(rankingToken).results.byPlan.query({ planId });
    const binhTuong = results.units.find((u) => u.unitName === 'Ủy ban nhân dân xã Bình Tường');
    expect(binhTuong).toMatchObject({
      inspected: true,
      findingsByKind: { achievement: 1, shortcoming: 0, violation: 0 },
    });
    const notYet = results.units.find((u) => u.unitName === 'Sở Công Thương');
    expect(notYet?.inspected).toBe(false);
    const refused = await rejection(server.withBearer(otherToken).results.byPlan.query({ planId }));
    expect(refused.data?.code).toBe('FORBIDDEN');
  });
});
