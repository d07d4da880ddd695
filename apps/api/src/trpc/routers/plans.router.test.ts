import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '../../testing/rejection.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe('plans over HTTP', () => {
  it('lists the 2024 plan and reads it as issued', async () => {
    const client = await server.signedIn('lanhdao');
    const plans = await client.plans.list.query();
    expect(plans.map((p) => p.title)).toContain(
      'Kế hoạch kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024',
    );
    const summary = plans.find((p) => p.year === 2024);
    if (!summary) throw new Error('no 2024 plan');
    const plan = await client.plans.get.query({ planId: summary.id });
    expect(plan.decision.signerName).toBe('Lâm Hải Giang');
    expect(plan.window).toEqual({ start: '2024-04-01', end: '2024-09-30' });
    expect(plan.areas).toHaveLength(7);
    expect(plan.topics).toHaveLength(4);
    expect(plan.targetCount.expected).toBe(22);
    expect(plan.targetCount.actual).toBeGreaterThan(22);
    const groups = plan.targetGroups.map((g) => g.label);
    expect(groups.slice(0, 4)).toEqual([
      'Khối cơ quan thuộc tỉnh',
      'Khối cơ quan Trung ương trên địa bàn tỉnh',
      'Khối Ủy ban nhân dân cấp huyện',
      'Kiểm tra chuyên đề công tác giải quyết thủ tục hành chính',
    ]);
    const districts = plan.targetGroups.find((g) => g.group === 'district_comprehensive')?.targets ?? [];
    expect(districts).toHaveLength(4);
    for (const d of districts) expect(d.subUnits.length).toBeGreaterThanOrEqual(2);
    expect(plan.teams.length).toBeGreaterThanOrEqual(2);
    // Leadership reads everything: every target shows its inspections.
    expect(districts.every((d) => d.inspections.length === 1 + d.subUnits.length)).toBe(true);
  });

  it('shows a unit reporter the plan but only its own inspections in it', async () => {
    const client = await server.signedIn('sct');
    const [summary] = await client.plans.list.query();
    if (!summary) throw new Error('no plan');
    const plan = await client.plans.get.query({ planId: summary.id });
    const visible = plan.targetGroups.flatMap((g) => g.targets).flatMap((t) => t.inspections);
    expect(visible.map((i) => i.orgUnitName)).toEqual(['Sở Công Thương']);
  });

  it('answers an unknown plan with 404 in Vietnamese', async () => {
    const client = await server.signedIn('admin');
    const error = await rejection(client.plans.get.query({ planId: '00000000-0000-4000-8000-000000000000' }));
    expect(error.data?.httpStatus).toBe(404);
    expect(error.message).toBe('Không tìm thấy kế hoạch kiểm tra này.');
  });

  it('answers a malformed plan id with 400 and says what to fix', async () => {
    const client = await server.signedIn('admin');
    const error = await rejection(client.plans.get.query({ planId: 'ke-hoach-2024' }));
    expect(error.data?.httpStatus).toBe(400);
    expect(error.message).toBe('Dữ liệu nhập chưa đúng. Mã định danh không hợp lệ (phải là UUID).');
  });

  it('refuses a reader who has not signed in', async () => {
    const error = await rejection(server.anonymous.plans.list.query());
    expect(error.data?.httpStatus).toBe(401);
  });
});

describe('org units over HTTP', () => {
  it('reads the tree as at a 2024 date with the districts and their communes', async () => {
    const client = await server.signedIn('admin');
    const tree = await client.orgUnits.tree.query({ asAt: '2024-06-01' });
    const province = tree.roots.find((r) => r.kind === 'province');
    const taySon = province?.children.find((c) => c.kind === 'district' && c.name.includes('Tây Sơn'));
    expect(taySon?.children.some((c) => c.kind === 'commune')).toBe(true);
  });

  it('refuses an impossible date with a Vietnamese message', async () => {
    const client = await server.signedIn('admin');
    const error = await rejection(client.orgUnits.tree.query({ asAt: '2024-13-01' }));
    expect(error.data?.httpStatus).toBe(400);
    expect(error.message).toContain('Ngày không tồn tại trong lịch');
  });
});
