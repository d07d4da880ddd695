import { describe, expect, it } from 'vitest';
import { planChecks } from './plan-checks.js';
import type { PlanTarget } from './plan-model.js';
import { d } from './test-fixtures.js';

const window2024 = { start: d('2024-04-01'), end: d('2024-09-30') };
const taySon: PlanTarget = {
  unitId: 'ts',
  unitName: 'Huyện Tây Sơn',
  kind: 'comprehensive',
  group: 'district_comprehensive',
  subUnits: [
    { id: 'bt', name: 'Xã Bình Tường' },
    { id: 'tg', name: 'Xã Tây Giang' },
  ],
};
const congThuong: PlanTarget = {
  unitId: 'sct',
  unitName: 'Sở Công Thương',
  kind: 'comprehensive',
  group: 'provincial_agencies',
  subUnits: [],
};
const run = (
  targets: PlanTarget[],
  expected: number | null = 4,
  otherPlans: Parameters<typeof planChecks>[0]['otherPlans'] = [],
) => planChecks({ plan: { window: window2024, expectedTargetCount: expected, targets }, otherPlans });

describe('planChecks', () => {
  it('finds nothing in a clean plan whose count matches', () => {
    const r = run([taySon, congThuong]);
    expect(r.findings).toEqual([]);
    expect(r.count.message).toBe('Đúng số dự kiến: 4 đối tượng (2 đối tượng chính và 2 đơn vị cấp xã).');
  });

  it('warns when the actual count differs from the expected one', () => {
    expect(run([taySon, congThuong], 22).findings).toEqual([
      {
        severity: 'warning',
        code: 'target_count_mismatch',
        message:
          'Thực tế 4 đối tượng (2 đối tượng chính và 2 đơn vị cấp xã), ít hơn 18 so với số dự kiến 22.',
        unitIds: [],
      },
    ]);
  });

  it('refuses a unit targeted twice with the same kind', () => {
    const r = run([congThuong, congThuong], 2);
    expect(r.findings).toEqual([
      {
        severity: 'error',
        code: 'unit_targeted_twice',
        message:
          'Sở Công Thương có 2 lần trong kế hoạch với cùng loại kiểm tra toàn diện (đối tượng kiểm tra toàn diện; đối tượng kiểm tra toàn diện); hãy bỏ bớt.',
        unitIds: ['sct'],
      },
    ]);
  });

  it('warns, naming both kinds, when a unit is targeted with two kinds', () => {
    const thematic: PlanTarget = { ...congThuong, kind: 'thematic', group: 'district_thematic' };
    const [finding] = run([congThuong, thematic], 2).findings;
    expect(finding).toEqual({
      severity: 'warning',
      code: 'unit_targeted_twice_other_kind',
      message:
        'Sở Công Thương có 2 lần trong kế hoạch với loại kiểm tra khác nhau (đối tượng kiểm tra toàn diện; đối tượng kiểm tra chuyên đề); hãy xem lại để tránh trùng lặp.',
      unitIds: ['sct'],
    });
  });

  it('finds a commune that is both a target and a district’s sub-unit', () => {
    const binhTuong: PlanTarget = {
      unitId: 'bt',
      unitName: 'Xã Bình Tường',
      kind: 'comprehensive',
      group: 'ad_hoc',
      subUnits: [],
    };
    const [finding] = run([taySon, binhTuong], 4).findings;
    expect(finding?.message).toBe(
      'Xã Bình Tường có 2 lần trong kế hoạch với cùng loại kiểm tra toàn diện (đơn vị cấp xã của Huyện Tây Sơn, kiểm tra toàn diện; đối tượng kiểm tra toàn diện); hãy bỏ bớt.',
    );
  });

  it('warns about a unit targeted by another plan whose window overlaps', () => {
    const r = run([taySon, congThuong], 4, [
      {
        planTitle: 'Kế hoạch kiểm tra CCHC của Sở Tư pháp năm 2024',
        window: { start: d('2024-09-01'), end: d('2024-12-31') },
        unitIds: ['bt', 'sct', 'hq'],
      },
      {
        planTitle: 'Kế hoạch năm 2023',
        window: { start: d('2023-04-01'), end: d('2024-03-31') },
        unitIds: ['ts'],
      },
    ]);
    expect(r.findings).toEqual([
      {
        severity: 'warning',
        code: 'unit_in_overlapping_plan',
        message:
          'Xã Bình Tường, Sở Công Thương cũng là đối tượng của kế hoạch "Kế hoạch kiểm tra CCHC của Sở Tư pháp năm 2024" (01/09/2024 – 31/12/2024), trùng thời gian với kế hoạch này (01/04/2024 – 30/09/2024); cần phối hợp để tránh trùng lặp, chồng chéo.',
        unitIds: ['bt', 'sct'],
      },
    ]);
  });

  it('counts windows that touch on one day as overlapping', () => {
    const r = run([congThuong], 1, [
      { planTitle: 'Khác', window: { start: d('2024-09-30'), end: d('2024-10-31') }, unitIds: ['sct'] },
    ]);
    expect(r.findings.map((f) => f.code)).toEqual(['unit_in_overlapping_plan']);
  });

  it('skips the overlap check while the plan has no window', () => {
    const r = planChecks({
      plan: { window: null, expectedTargetCount: null, targets: [congThuong] },
      otherPlans: [{ planTitle: 'Khác', window: window2024, unitIds: ['sct'] }],
    });
    expect(r.findings).toEqual([]);
    expect(r.count.message).toBe('Kế hoạch có 1 đối tượng kiểm tra.');
  });
});
