import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_RULES_2024 } from '../calendar/deadline-rules.js';
import { assembleSummary, type SummaryInspection } from './summary.js';
import { calendar, d, makeFinding, makeRecommendation } from './test-fixtures.js';

const taySon: SummaryInspection = {
  id: 'i-ts',
  unit: { id: 'ts', name: 'UBND huyện Tây Sơn' },
  status: 'concluded',
  dates: [d('2024-08-28')],
  scheduleNoticeSentOn: d('2024-08-14'), // due 14/08: on time
  unitReport: { firstSubmittedOn: d('2024-08-22'), awaitingResubmission: false }, // due 21/08: late
  conclusionNoticeSentOn: d('2024-09-13'), // due 13/09: on time
  findings: [
    makeFinding({ id: 'f1', area: 'A1', kind: 'achievement' }),
    makeFinding({ id: 'f2', area: 'A3', kind: 'shortcoming' }),
    { ...makeFinding({ id: 'f3', area: 'A3', kind: 'violation' }), severity: 'serious' },
  ],
  recommendations: [
    makeRecommendation({ id: 'r1', state: { status: 'done', doneOn: d('2024-10-20') } }),
    makeRecommendation({ id: 'r2', dueDate: d('2024-10-15'), state: { status: 'open' } }),
  ],
};
const phuCat: SummaryInspection = {
  id: 'i-pc',
  unit: { id: 'pc', name: 'UBND huyện Phù Cát' },
  status: 'closed',
  dates: [d('2024-09-30')],
  scheduleNoticeSentOn: d('2024-09-16'), // due 16/09: on time; no unit report: missed
  conclusionNoticeSentOn: d('2024-10-15'), // due 14/10: late
  findings: [makeFinding({ id: 'f4', area: 'T1', kind: 'shortcoming' })],
  recommendations: [
    makeRecommendation({
      id: 'r3',
      dueDate: d('2024-12-31'),
      state: { status: 'carried_over', carryOverReason: 'Chờ kinh phí' },
    }),
  ],
};
const binhTuong: SummaryInspection = {
  id: 'i-bt',
  unit: { id: 'bt', name: 'UBND xã Bình Tường' },
  status: 'in_progress',
  dates: [d('2024-11-04')], // nothing sent: notice and report missed, conclusion still due
  findings: [makeFinding({ id: 'draft', area: 'A2' })],
  recommendations: [makeRecommendation({ id: 'draft-r' })],
};
const cancelled: SummaryInspection = {
  ...binhTuong,
  id: 'i-x',
  unit: { id: 'x', name: 'X' },
  status: 'cancelled',
};

const summary = assembleSummary({
  round: { id: 'dot-3', inspections: [taySon, phuCat, binhTuong, cancelled] },
  units: [
    { id: 'ts', name: 'UBND huyện Tây Sơn' },
    { id: 'hn', name: 'UBND huyện Hoài Nhơn' },
  ],
  rules: DEFAULT_DEADLINE_RULES_2024,
  calendar,
  today: d('2024-11-05'),
});

describe('assembleSummary', () => {
  it('lists the units inspected and the inspections still without a conclusion', () => {
    expect(summary.unitsInspected.map((u) => u.id)).toEqual(['ts', 'pc', 'bt']);
    expect(summary.inspectionsNotConcluded).toEqual(['i-bt']);
    expect(summary.roundEnd).toBe(d('2024-11-04'));
  });

  it('counts deadline compliance through the deadline states', () => {
    expect(summary.deadlineCompliance).toEqual({
      SCHEDULE_NOTICE: { onTime: 2, late: 0, missed: 1, pending: 0 },
      UNIT_REPORT: { onTime: 0, late: 1, missed: 2, pending: 0 },
      CONCLUSION_NOTICE: { onTime: 1, late: 1, missed: 0, pending: 1 },
    });
  });

  it('counts findings of concluded inspections by area, kind and severity', () => {
    expect(summary.findingsByArea).toEqual([
      {
        area: 'A1',
        label: 'Công tác chỉ đạo, điều hành CCHC',
        counts: { achievement: 1, shortcoming: 0, violation: 0 },
      },
      {
        area: 'A3',
        label: 'Cải cách thủ tục hành chính',
        counts: { achievement: 0, shortcoming: 1, violation: 1 },
      },
      {
        area: 'T1',
        label: expect.stringContaining('thủ tục hành chính'),
        counts: { achievement: 0, shortcoming: 1, violation: 0 },
      },
    ]);
    expect(summary.findingsByKind).toEqual({ achievement: 1, shortcoming: 2, violation: 1 });
    expect(summary.violationsBySeverity).toEqual({ minor: 0, serious: 1, very_serious: 0 });
  });

  it('counts recommendations by state, on time and overdue', () => {
    expect(summary.recommendations).toEqual({
      total: 3,
      byStatus: { open: 1, reported: 0, returned: 0, in_progress: 0, done: 1, carried_over: 1 },
      overdue: 1,
      remediatedOnTime: 1,
    });
    expect(summary.overdueRecommendationIds).toEqual(['r2']);
  });

  it('gives each unit its results for the ranking, including units not inspected', () => {
    expect(summary.units.map((u) => [u.unitId, u.inspected])).toEqual([
      ['ts', true],
      ['hn', false],
      ['pc', true],
      ['bt', true],
    ]); // the cancelled inspection's unit is listed only if passed in `units`
    const ts = summary.units[0];
    expect(ts?.findingsByKind).toEqual({ achievement: 1, shortcoming: 1, violation: 1 });
    expect(ts?.recommendations).toMatchObject({ total: 2, remediatedOnTime: 1, overdue: 1 });
    expect(summary.units[1]?.recommendations.total).toBe(0);
  });

  it('assembles an empty round', () => {
    const empty = assembleSummary({
      round: { id: 'e', inspections: [] },
      rules: DEFAULT_DEADLINE_RULES_2024,
      calendar,
      today: d('2024-11-05'),
    });
    expect(empty.roundEnd).toBeUndefined();
    expect(empty.units).toEqual([]);
    expect(empty.recommendations.total).toBe(0);
  });
});
