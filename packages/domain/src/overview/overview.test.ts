import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_RULES_2024 } from '../calendar/deadline-rules.js';
import { type VisitFacts, visitDeadlines } from '../deadlines/visit-deadlines.js';
import { calendar, d } from '../inspection/test-fixtures.js';
import { findingsByArea, type OverviewFinding, repeatedShortcomings } from './findings-overview.js';
import { type OverviewVisit, onTimeRates, rateLabel } from './on-time-rates.js';
import { planProgress } from './plan-progress.js';
import { recommendationOverview } from './recommendation-ages.js';

// Visits Tue 07/05/2024: report due Fri 26/04/2024. Read on 10/05/2024.
const base: VisitFacts = { status: 'notified', form: 'on_site', visitDates: [d('2024-05-07')] };
const visit = (
  id: string,
  facts: Partial<VisitFacts>,
  extra: Partial<OverviewVisit> = {},
): OverviewVisit => ({
  inspectionId: id,
  unitId: `u-${id}`,
  unitName: `Đơn vị ${id}`,
  teamName: 'Đoàn 1',
  group: 'provincial_agencies',
  planId: 'p-tinh',
  planLabel: 'Kế hoạch của tỉnh',
  deadlines: visitDeadlines({
    facts: { ...base, ...facts },
    rules: DEFAULT_DEADLINE_RULES_2024,
    reading: 'A',
    calendar,
    today: d('2024-05-10'),
  }),
  ...extra,
});
const sent = (on: string) => ({ unitReport: { firstSubmittedOn: d(on), awaitingResubmission: false } });

describe('onTimeRates', () => {
  const visits = [
    visit('a', sent('2024-04-25')),
    visit('b', sent('2024-04-30'), { teamName: 'Đoàn 2', group: 'district_comprehensive' }),
    visit('c', {}),
    visit('d', { status: 'cancelled' }),
  ];
  it('counts each legal deadline on time, late, missed, with the visits behind each figure', () => {
    const { total } = onTimeRates(visits, 'unit');
    expect(total.UNIT_REPORT).toEqual({
      onTime: ['a'],
      late: ['b'],
      missed: ['c'],
      pending: [],
      rate: 1 / 3,
    });
    expect(rateLabel(total.UNIT_REPORT.rate)).toBe('33%');
    // The conclusion counts from the visit: not decided yet, not in the rate.
    expect(total.CONCLUSION_NOTICE).toMatchObject({ pending: ['a', 'b', 'c'], rate: null });
    expect(rateLabel(total.CONCLUSION_NOTICE.rate)).toBe('—');
  });
  it('splits per team and per group of units, named in Vietnamese', () => {
    const byTeam = onTimeRates(visits, 'team').rows.map((r) => [
      r.label,
      rateLabel(r.cells.UNIT_REPORT.rate),
    ]);
    expect(byTeam).toEqual([
      ['Đoàn 1', '50%'],
      ['Đoàn 2', '0%'],
    ]);
    expect(onTimeRates(visits, 'group').rows.map((r) => r.label)).toEqual([
      'Khối cơ quan thuộc tỉnh',
      'Khối Ủy ban nhân dân cấp huyện',
    ]);
  });
});

describe('recommendationOverview', () => {
  const rec = (id: string, status: 'open' | 'done' | 'reported', due: string) => ({
    id,
    inspectionId: `i-${id}`,
    unitName: 'Sở Công Thương',
    action: `Kiến nghị ${id}`,
    status,
    dueDate: d(due),
  });
  it('puts the overdue ones first, longest overdue on top, and bands them by age', () => {
    const o = recommendationOverview(
      [
        rec('1', 'open', '2024-12-01'),
        rec('2', 'open', '2024-06-01'),
        rec('3', 'done', '2024-06-01'),
        rec('4', 'reported', '2024-11-20'),
      ],
      d('2024-12-10'),
    );
    expect(o.list.map((r) => [r.id, r.daysOverdue])).toEqual([
      ['2', 192],
      ['4', 20],
      ['1', 9],
      ['3', null],
    ]);
    expect(o.byAge.map((b) => [b.label, b.count])).toEqual([
      ['Quá hạn đến 30 ngày', 2],
      ['Quá hạn 31–90 ngày', 0],
      ['Quá hạn trên 90 ngày', 1],
    ]);
    expect(o.byState.map((s) => [s.status, s.count])).toEqual([
      ['open', 2],
      ['reported', 1],
      ['done', 1],
    ]);
  });
});

describe('findings', () => {
  const f = (unit: string, year: number, area: OverviewFinding['area'], kind: OverviewFinding['kind']) => ({
    inspectionIds: [`${unit}-${year}`],
    count: 1,
    unitId: unit,
    unitName: `UBND ${unit}`,
    year,
    area,
    kind,
  });
  const all = [
    f('tay-son', 2023, 'A3', 'shortcoming'),
    f('tay-son', 2024, 'A3', 'violation'),
    f('tay-son', 2024, 'A5', 'shortcoming'),
    f('phu-cat', 2024, 'A3', 'shortcoming'),
    f('phu-cat', 2023, 'A3', 'achievement'),
  ];
  it('counts shortcomings and violations in each of the seven areas, zeros included', () => {
    const rows = findingsByArea(all);
    expect(rows.map((r) => r.area)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']);
    expect(rows[2]).toMatchObject({
      shortcoming: { count: 2 },
      violation: { count: 1, inspectionIds: ['tay-son-2024'] },
    });
  });
  it('names the units short in the same area in two years or more', () => {
    expect(repeatedShortcomings(all).map((r) => [r.unitName, r.area, r.years])).toEqual([
      ['UBND tay-son', 'A3', [2023, 2024]],
    ]);
  });
});

describe('planProgress', () => {
  it('counts visits done out of those planned, cancelled ones left out', () => {
    expect(
      planProgress([
        { inspectionId: 'a', status: 'closed' },
        { inspectionId: 'b', status: 'notified' },
        { inspectionId: 'c', status: 'cancelled' },
      ]),
    ).toMatchObject({ planned: 2, done: 1, cancelled: 1, rate: 0.5, doneIds: ['a'], openIds: ['b'] });
  });
});
