import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_TOO_LARGE_MESSAGE } from '../server.js';
import { makePlanInput, unitIds } from '../testing/planning-fixtures.js';
import { rawCall } from '../testing/raw-trpc.js';
import { changedCounts, rowCounts } from '../testing/row-counts.js';
import { sessionCookie, startTestServer, type TestServer } from '../testing/test-server.js';

// Issue 18, "Bad input": inputs bounded to what the domain needs, references checked, the body
// capped; each refused with 400 (413 for the body) in Vietnamese, and nothing stored.
let server: TestServer;
let unit: (code: string) => string;
const cookies: Record<string, string> = {};
let binhTuong = { id: '', planId: '', teamId: '' };

/** The id of the visit to `code`'s unit. */
const visitOf = async (code: string) =>
  (
    await server.database.db
      .selectFrom('inspections')
      .innerJoin('org_units', 'org_units.id', 'inspections.org_unit_id')
      .select('inspections.id')
      .where('org_units.code', '=', code)
      .executeTakeFirstOrThrow()
  ).id;

/** Calls as `who` and expects success: the answer's data. */
async function accepted<T>(who: string, path: string, input: unknown): Promise<T> {
  const answer = await rawCall(server.url, 'mutation', path, input, { cookie: cookies[who] ?? '' });
  expect(answer.status, JSON.stringify(answer.body).slice(0, 500)).toBe(200);
  return answer.body as T;
}

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => new Date('2024-06-06T02:00:00Z') } });
  unit = await unitIds(server);
  for (const u of ['admin', 'thanhvien', 'truongdoan']) cookies[u] = await sessionCookie(server.url, u);
  const bt = await server.database.db
    .selectFrom('inspections')
    .innerJoin('org_units', 'org_units.id', 'inspections.org_unit_id')
    .select(['inspections.id', 'inspections.plan_id', 'inspections.team_id'])
    .where('org_units.code', '=', 'xa-binh-tuong')
    .executeTakeFirstOrThrow();
  binhTuong = { id: bt.id, planId: bt.plan_id, teamId: bt.team_id ?? '' };
});
afterAll(async () => server?.close());

type Refusal = {
  message: string;
  data: { httpStatus: number; issues: { field: string | null; message: string }[] };
};

/** Calls as `who`, expects a refusal with `status`, and that nothing was stored. */
async function refused(who: string, path: string, input: unknown, status = 400): Promise<Refusal> {
  const before = await rowCounts(server.database.db);
  const answer = await rawCall(server.url, 'mutation', path, input, { cookie: cookies[who] ?? '' });
  expect(answer.status, JSON.stringify(answer.body).slice(0, 500)).toBe(status);
  expect(changedCounts(before, await rowCounts(server.database.db))).toEqual({});
  return answer.body as Refusal;
}

describe('bounds of a plan', () => {
  it('refuses 20,000 content areas at once, fast, saying the limit', async () => {
    const started = Date.now();
    const areas = Array.from({ length: 20_000 }, (_, i) => `Lĩnh vực ${i}`);
    const body = await refused(
      'admin',
      'plans.create',
      makePlanInput(unit, { year: 2031, contentAreas: areas }),
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(body.message).toContain('Tối đa 50 lĩnh vực kiểm tra.');
  });

  it('refuses a date outside 2000–2100', async () => {
    const body = await refused(
      'admin',
      'plans.create',
      makePlanInput(unit, { year: 2031, window: { start: '2031-03-01', end: '9999-06-30' } }),
    );
    expect(body.message).toContain('từ năm 2000 đến năm 2100');
  });

  it('answers 400 naming the field for a member agency that is not an org unit (was a 500)', async () => {
    const input = makePlanInput(unit, { year: 2031 });
    const body = await refused('admin', 'plans.create', {
      ...input,
      memberAgencies: [...input.memberAgencies, { orgUnitId: randomUUID(), isPoliceUnit: false }],
    });
    expect(body.data.issues.map((i) => i.field)).toEqual(['memberAgencies.3']);
    expect(body.message).toContain('không có trong danh mục đơn vị');
  });
});

describe('bounds of the inspection work', () => {
  it('refuses a round naming one visit twice', async () => {
    const body = await refused('truongdoan', 'rounds.create', {
      planId: binhTuong.planId,
      teamId: binhTuong.teamId,
      name: 'Đợt 1',
      inspectionIds: [binhTuong.id, binhTuong.id],
    });
    expect(body.message).toContain('Mỗi cuộc kiểm tra chỉ được chọn một lần trong đợt.');
  });

  it('refuses a recommendation pointing at a finding that is not of its visit, naming the field', async () => {
    const minutes = await rawCall(
      server.url,
      'mutation',
      'minutes.save',
      {
        inspectionId: binhTuong.id,
        expectedVersion: 0,
        minutes: {
          date: '2024-06-05',
          place: 'Trụ sở UBND xã Bình Tường',
          attendees: [
            { name: 'Trần Quốc Bảo', organisation: 'Sở Nội vụ', role: 'team_leader' },
            { name: 'Lê Văn Sang', organisation: 'UBND xã Bình Tường', role: 'unit_head' },
          ],
        },
      },
      { cookie: cookies.thanhvien ?? '' },
    );
    expect(minutes.status).toBe(200);
    const body = await refused('thanhvien', 'conclusions.addRecommendation', {
      inspectionId: binhTuong.id,
      recommendation: {
        action: 'Niêm yết đủ TTHC',
        responsible: 'Văn phòng',
        dueDate: '2024-08-30',
        findingIds: [randomUUID()],
      },
    });
    expect(body.data.issues.map((i) => i.field)).toEqual(['recommendation.findingIds.0']);
  });
});

describe('references within the same plan and visit', () => {
  const finding = (description: string) => ({
    kind: 'shortcoming',
    area: 'A1',
    description,
    responsibilities: [{ holderKind: 'collective', holder: 'Văn phòng UBND xã' }],
  });
  const recommendation = (findingIds: string[]) => ({
    action: 'Niêm yết đủ TTHC',
    responsible: 'Văn phòng',
    dueDate: '2024-08-30',
    findingIds,
  });

  it('refuses a recommendation naming a real finding of another visit of the same team, on add and on update', async () => {
    const tayGiang = await visitOf('xa-tay-giang');
    // The team's work on a visit opens with its minutes.
    await accepted('thanhvien', 'minutes.save', {
      inspectionId: tayGiang,
      expectedVersion: 0,
      minutes: {
        date: '2024-06-05',
        place: 'Trụ sở UBND xã Tây Giang',
        attendees: [
          { name: 'Trần Quốc Bảo', organisation: 'Sở Nội vụ', role: 'team_leader' },
          { name: 'Nguyễn Văn Hùng', organisation: 'UBND xã Tây Giang', role: 'unit_head' },
        ],
      },
    });
    const foreign = await accepted<{ id: string }>('thanhvien', 'findings.add', {
      inspectionId: tayGiang,
      finding: finding('Tây Giang chưa niêm yết đủ TTHC'),
    });
    const own = await accepted<{ id: string }>('thanhvien', 'findings.add', {
      inspectionId: binhTuong.id,
      finding: finding('Bình Tường chưa niêm yết đủ TTHC'),
    });
    const added = await refused('thanhvien', 'conclusions.addRecommendation', {
      inspectionId: binhTuong.id,
      recommendation: recommendation([own.id, foreign.id]),
    });
    expect(added.data.issues.map((i) => i.field)).toEqual(['recommendation.findingIds.1']);
    expect(added.message).toContain('chỉ dẫn chiếu được các phát hiện của chính cuộc kiểm tra này');

    const kept = await accepted<{ id: string; version: number }>(
      'thanhvien',
      'conclusions.addRecommendation',
      {
        inspectionId: binhTuong.id,
        recommendation: recommendation([own.id]),
      },
    );
    const updated = await refused('thanhvien', 'conclusions.updateRecommendation', {
      recommendationId: kept.id,
      expectedVersion: kept.version,
      recommendation: recommendation([foreign.id, own.id]),
    });
    expect(updated.data.issues.map((i) => i.field)).toEqual(['recommendation.findingIds.0']);
  });

  it('refuses a round naming a visit of another team of the plan, or no visit at all', async () => {
    const phuCat = await visitOf('huyen-phu-cat');
    for (const stray of [phuCat, randomUUID()]) {
      const body = await refused('truongdoan', 'rounds.create', {
        planId: binhTuong.planId,
        teamId: binhTuong.teamId,
        name: 'Đợt 1',
        inspectionIds: [binhTuong.id, stray],
      });
      expect(body.message).toContain(
        'Đợt kiểm tra chỉ gồm các cuộc kiểm tra của chính Đoàn này trong kế hoạch.',
      );
    }
  });

  it('refuses a member agency that is not an org unit when a draft plan is edited, as when it is created', async () => {
    const input = makePlanInput(unit, { year: 2032 });
    const plan = await accepted<{ id: string; version: number }>('admin', 'plans.create', input);
    const body = await refused('admin', 'plans.update', {
      ...input,
      planId: plan.id,
      expectedVersion: plan.version,
      memberAgencies: [{ orgUnitId: randomUUID(), isPoliceUnit: false }, ...input.memberAgencies],
    });
    expect(body.data.issues.map((i) => i.field)).toEqual(['memberAgencies.0']);
    expect(body.message).toContain('không có trong danh mục đơn vị');
  });
});

describe('the request body', () => {
  it('is capped at 4 MB, refused with 413 in Vietnamese', async () => {
    const response = await fetch(`${server.url}/trpc/plans.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookies.admin ?? '' },
      body: JSON.stringify({ json: { title: 'x'.repeat(5 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { message: string }).message).toBe(BODY_TOO_LARGE_MESSAGE);
  });
});
