import { insertApiClient } from '@kiemtra/db';
import type { TRPCClient } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../auth/tokens.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import type { AppRouter } from '../trpc/root.js';

// The seed visits Xã Bình Tường on Wednesday 5 June 2024; the team concludes on 10 June.
let now = new Date('2024-06-06T02:00:00Z');
let server: TestServer;
let leader: TRPCClient<AppRouter>;
let inspectionId: string;
const reader = newToken();

const get = (path: string) =>
  fetch(`${server.url}/api/v1${path}`, { headers: { authorization: `Bearer ${reader}` } });

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => now } });
  await insertApiClient(server.database.db, {
    tenantId: 'binh-dinh',
    name: 'Cổng dịch vụ công tỉnh',
    tokenHash: hashToken(reader),
    scopes: ['inspections:read'],
  });
  const member = await server.signedIn('thanhvien');
  leader = await server.signedIn('truongdoan');
  const visit = (await leader.inspections.list.query()).items.find((v) =>
    v.orgUnitName.includes('Bình Tường'),
  );
  inspectionId = visit?.id ?? '';
  // The minutes of the visit put it under way: the team records from then on.
  await member.minutes.save.mutate({
    inspectionId,
    expectedVersion: 0,
    minutes: {
      date: '2024-06-05',
      place: 'Trụ sở Ủy ban nhân dân xã Bình Tường',
      attendees: [
        { name: 'Trần Quốc Bảo', position: '', organisation: 'Sở Nội vụ', role: 'team_leader' },
        { name: 'Lê Văn Sang', position: '', organisation: 'UBND xã Bình Tường', role: 'unit_head' },
      ],
      discussion: 'Trao đổi về tỷ lệ hồ sơ trực tuyến.',
      leaderConclusion: 'Đơn vị cơ bản thực hiện tốt công tác CCHC.',
    },
  });
  await member.findings.add.mutate({
    inspectionId,
    finding: {
      area: 'A3',
      kind: 'shortcoming',
      description: 'Tỷ lệ hồ sơ trực tuyến toàn trình thấp',
      responsibilities: [{ holderKind: 'collective', holder: 'Bộ phận Một cửa xã Bình Tường' }],
    },
  });
  await member.conclusions.addRecommendation.mutate({
    inspectionId,
    recommendation: {
      action: 'Nâng tỷ lệ hồ sơ trực tuyến toàn trình',
      responsible: 'Chủ tịch UBND xã Bình Tường',
      dueDate: '2024-06-28',
    },
  });
});
afterAll(async () => server?.close());

describe('conclusions and issued documents through /api/v1', () => {
  it('keep the team’s draft from a system that reads inspections, and the notice is not yet downloadable', async () => {
    const draft = (await (await get(`/inspections/${inspectionId}/conclusion`)).json()) as {
      issued: boolean;
      findings: unknown[];
    };
    expect(draft).toMatchObject({ issued: false, findings: [] });
    const notYet = await get(`/inspections/${inspectionId}/conclusion-notice`);
    expect(notYet.status).toBe(404);
    expect(((await notYet.json()) as { detail: string }).detail).toBe(
      'Thông báo kết luận kiểm tra chưa được ban hành.',
    );
  });

  it('read the issued conclusion with findings and recommendations and their states, and its notice', async () => {
    now = new Date('2024-06-10T02:00:00Z');
    leader = await server.signedIn('truongdoan');
    const visit = await leader.inspections.get.query({ inspectionId });
    await leader.conclusions.issue.mutate({
      inspectionId,
      expectedVersion: visit.version,
      notice: { date: '2024-06-10' },
    });
    now = new Date('2024-07-01T02:00:00Z');
    const conclusion = (await (await get(`/inspections/${inspectionId}/conclusion`)).json()) as {
      issued: boolean;
      notice: { number: string; date: string } | null;
      findings: { kindLabel: string; description: string }[];
      recommendations: { action: string; overdue: boolean; statusLabel: string }[];
    };
    expect(conclusion.issued).toBe(true);
    expect(conclusion.notice).toMatchObject({ number: '01/TB-ĐKT', date: '2024-06-10' });
    expect(conclusion.findings.map((f) => f.description)).toEqual(['Tỷ lệ hồ sơ trực tuyến toàn trình thấp']);
    // Due on 28/06/2024 and not done by 01/07/2024.
    expect(conclusion.recommendations).toEqual([
      expect.objectContaining({ action: 'Nâng tỷ lệ hồ sơ trực tuyến toàn trình', overdue: true }),
    ]);
    const file = await get(`/inspections/${inspectionId}/conclusion-notice`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/wordprocessingml/);
    expect(decodeURIComponent(file.headers.get('content-disposition') ?? '')).toContain(
      'Thông báo kết luận kiểm tra - ',
    );
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });
});
