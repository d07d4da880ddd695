import type { TRPCClient } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import type { AppRouter } from '../root.js';

// Real concurrency over HTTP: on PostgreSQL the issue and the additions run in parallel
// transactions; on PGlite they queue for its one connection. The rule must hold either way.
const now = new Date('2024-07-01T02:00:00Z');
let server: TestServer;
let leader: TRPCClient<AppRouter>;
let member: TRPCClient<AppRouter>;
let visits: { id: string; startDate: string }[];

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => now } });
  leader = await server.signedIn('truongdoan');
  member = await server.signedIn('thanhvien');
  visits = (await leader.inspections.list.query()).items
    .filter((v) => v.status === 'notified' && v.startDate !== null && v.startDate < '2024-07-01')
    .slice(0, 8)
    .map((v) => ({ id: v.id, startDate: v.startDate ?? '' }));
});
afterAll(async () => server?.close());

const minutesOn = (date: string) => ({
  date,
  place: 'Trụ sở cơ quan được kiểm tra',
  attendees: [
    {
      name: 'Trần Quốc Bảo',
      position: 'Phó Giám đốc Sở Nội vụ',
      organisation: 'Sở Nội vụ',
      role: 'team_leader' as const,
    },
    {
      name: 'Nguyễn Văn An',
      position: 'Thủ trưởng',
      organisation: 'Cơ quan được kiểm tra',
      role: 'unit_head' as const,
    },
  ],
  discussion: 'Trao đổi về kết quả tự đánh giá.',
  leaderConclusion: 'Đơn vị cơ bản thực hiện tốt công tác CCHC.',
});

describe('issuing a conclusion while recommendations are being added', () => {
  it('never stores an issued conclusion with a recommendation lacking its due date', async () => {
    expect(visits.length).toBe(8);
    let issued = 0;
    for (const visit of visits) {
      await member.minutes.save.mutate({
        inspectionId: visit.id,
        expectedVersion: 0,
        minutes: minutesOn(visit.startDate),
      });
      await member.findings.add.mutate({
        inspectionId: visit.id,
        finding: { area: 'A1', kind: 'achievement', description: 'Ban hành kế hoạch CCHC đúng hạn' },
      });
      await member.conclusions.addRecommendation.mutate({
        inspectionId: visit.id,
        recommendation: { action: 'Niêm yết đủ TTHC', responsible: 'Văn phòng', dueDate: '2024-08-30' },
      });
      const { version } = await leader.inspections.get.query({ inspectionId: visit.id });
      const results = await Promise.allSettled([
        leader.conclusions.issue.mutate({
          inspectionId: visit.id,
          expectedVersion: version,
          notice: { date: '2024-07-01' },
        }),
        ...[1, 2, 3, 4, 5].map((k) =>
          member.conclusions.addRecommendation.mutate({
            inspectionId: visit.id,
            recommendation: { action: `Kiến nghị bổ sung ${k}`, responsible: 'Văn phòng', dueDate: null },
          }),
        ),
      ]);
      const view = await leader.conclusions.get.query({ inspectionId: visit.id });
      if (view.inspection.status === 'concluded') {
        issued++;
        expect(results[0]?.status).toBe('fulfilled');
        // The additions that came after the issue were refused; none that came before is left undated.
        expect(view.recommendations.filter((r) => r.dueDate === null)).toEqual([]);
      } else {
        expect(results[0]?.status).toBe('rejected');
      }
    }
    expect(issued).toBeLessThanOrEqual(8);
  });
});
