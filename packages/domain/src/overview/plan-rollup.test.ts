import { describe, expect, it } from 'vitest';
import { type OverviewVisit, onTimeRates } from './on-time-rates.js';
import { planRollup, type RollupInput } from './plan-rollup.js';
import { responsibilitiesByArea } from './responsibility-overview.js';

const plans: RollupInput['plans'] = [
  {
    id: 'xa',
    title: 'Kế hoạch kiểm tra CCHC năm 2027 của UBND xã Tây Sơn',
    level: 'lower',
    ownerUnitName: 'UBND xã Tây Sơn',
    expectedTargetCount: null,
    targets: [{ subUnits: [] }],
  },
  {
    id: 'tinh',
    title: 'Kế hoạch kiểm tra CCHC tỉnh Gia Lai năm 2027',
    level: 'province',
    ownerUnitName: 'UBND tỉnh Gia Lai',
    expectedTargetCount: 3,
    targets: [{ subUnits: [{}, {}] }, { subUnits: [] }],
  },
  {
    id: 'so',
    title: 'Kế hoạch kiểm tra CCHC năm 2027 của Sở Nội vụ',
    level: 'lower',
    ownerUnitName: 'Sở Nội vụ',
    expectedTargetCount: 2,
    targets: [{ subUnits: [] }],
  },
];
const input: RollupInput = {
  plans,
  visits: [
    { inspectionId: 't1', planId: 'tinh', status: 'closed' },
    { inspectionId: 't2', planId: 'tinh', status: 'notified' },
    { inspectionId: 't3', planId: 'tinh', status: 'cancelled' },
    { inspectionId: 'x1', planId: 'xa', status: 'concluded' },
  ],
  findings: [
    { planId: 'tinh', kind: 'shortcoming', count: 3, inspectionIds: ['t1'] },
    { planId: 'tinh', kind: 'violation', count: 1, inspectionIds: ['t1'] },
    { planId: 'xa', kind: 'shortcoming', count: 2, inspectionIds: ['x1'] },
    { planId: 'xa', kind: 'achievement', count: 4, inspectionIds: ['x1'] },
  ],
  recommendations: [
    { inspectionId: 't1', status: 'done', daysOverdue: null },
    { inspectionId: 't1', status: 'open', daysOverdue: 12 },
    { inspectionId: 'x1', status: 'reported', daysOverdue: null },
  ],
};

describe('planRollup', () => {
  const rows = planRollup(input);
  it("puts the province's plan first, then the lower-level plans by owner, each labelled", () => {
    expect(rows.map((r) => [r.planId, r.levelLabel])).toEqual([
      ['tinh', 'Kế hoạch của tỉnh'],
      ['so', 'Kế hoạch của Sở Nội vụ'],
      ['xa', 'Kế hoạch của UBND xã Tây Sơn'],
    ]);
  });
  it('compares the expected targets with those the plan names, communes included', () => {
    expect(rows[0]?.targets).toMatchObject({ expected: 3, actual: 4, difference: 1 });
    expect(rows[1]?.targets).toMatchObject({ expected: 2, actual: 1, difference: -1 });
    expect(rows[2]?.targets).toMatchObject({ expected: null, actual: 1 });
  });
  it("rolls up each plan's visits, findings and recommendations, not only its status counts", () => {
    expect(rows[0]).toMatchObject({
      progress: { planned: 2, done: 1, cancelled: 1 },
      shortcomings: { count: 3, inspectionIds: ['t1'] },
      violations: { count: 1, inspectionIds: ['t1'] },
      recommendations: { total: 2, done: 1, overdue: 1, overdueIds: ['t1'] },
    });
    expect(rows[2]).toMatchObject({
      progress: { planned: 1, done: 1 },
      shortcomings: { count: 2 },
      violations: { count: 0, inspectionIds: [] },
      recommendations: { total: 1, done: 0, overdue: 0 },
    });
  });
  it('shows a plan with no visit yet as planned zero, with no rate', () => {
    expect(rows[1]?.progress).toMatchObject({ planned: 0, done: 0, rate: null });
    expect(rows[1]?.recommendations).toEqual({ total: 0, done: 0, overdue: 0, overdueIds: [] });
  });
});

describe('on-time rates per plan', () => {
  const v = (id: string, planId: string, planLabel: string): OverviewVisit => ({
    inspectionId: id,
    unitId: id,
    unitName: id,
    teamName: null,
    group: 'provincial_agencies',
    planId,
    planLabel,
    deadlines: [],
  });
  it('groups the rows by plan with the level label', () => {
    const { rows } = onTimeRates(
      [
        v('a', 'tinh', 'Kế hoạch của tỉnh'),
        v('b', 'xa', 'Kế hoạch của UBND xã Tây Sơn'),
        v('c', 'tinh', 'Kế hoạch của tỉnh'),
      ],
      'plan',
    );
    expect(rows.map((r) => [r.key, r.label])).toEqual([
      ['tinh', 'Kế hoạch của tỉnh'],
      ['xa', 'Kế hoạch của UBND xã Tây Sơn'],
    ]);
  });
});

describe('responsibilitiesByArea', () => {
  const r = (
    area: 'A1' | 'A3',
    holderKind: 'individual' | 'collective',
    holder: string,
    inspectionId: string,
    kind: 'shortcoming' | 'violation' | 'achievement' = 'shortcoming',
  ) => ({ area, kind, holderKind, holder, unitName: 'UBND xã Tây Sơn', inspectionId });
  const rows = responsibilitiesByArea([
    r('A3', 'collective', 'Văn phòng HĐND và UBND xã', 'i1'),
    r('A3', 'collective', ' văn phòng HĐND và UBND xã ', 'i2', 'violation'),
    r('A3', 'individual', 'Ông Nguyễn Văn A, Chủ tịch UBND xã', 'i1'),
    r('A1', 'individual', 'Bà Trần Thị B', 'i3'),
    r('A1', 'collective', 'Ban Chỉ đạo', 'i3', 'achievement'),
  ]);
  it('counts collectives and individuals per area, in the areas’ order', () => {
    expect(rows.map((a) => [a.area, a.collective, a.individual])).toEqual([
      ['A1', 0, 1],
      ['A3', 2, 1],
    ]);
  });
  it('names each holder once (spacing and case aside), the most often named first, with the visits', () => {
    expect(rows[1]?.holders.map((h) => [h.holderKindLabel, h.holder, h.count, h.inspectionIds])).toEqual([
      ['Tập thể', 'Văn phòng HĐND và UBND xã', 2, ['i1', 'i2']],
      ['Cá nhân', 'Ông Nguyễn Văn A, Chủ tịch UBND xã', 1, ['i1']],
    ]);
  });
  it('names nobody for an achievement', () => {
    expect(rows[0]?.holders.map((h) => h.holder)).toEqual(['Bà Trần Thị B']);
  });
});
