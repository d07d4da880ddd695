import { describe, expect, it } from 'vitest';
import {
  isOverdue,
  overdueCount,
  overdueCountLabel,
  overdueLabel,
  RECOMMENDATION_STATUSES,
  recommendationDraftSchema,
  remediatedOnTime,
} from './recommendations.js';
import { d, makeRecommendation } from './test-fixtures.js';

describe('isOverdue', () => {
  const due = d('2024-10-31');

  it('is not overdue on the due date, and overdue the day after unless accepted as done', () => {
    for (const status of RECOMMENDATION_STATUSES) {
      const r = makeRecommendation({ dueDate: due, state: { status } });
      expect(isOverdue(r, due)).toBe(false);
      expect(isOverdue(r, d('2024-11-01'))).toBe(status !== 'done');
    }
  });

  it('is never overdue without a due date', () => {
    expect(isOverdue(makeRecommendation({ dueDate: undefined }), d('2030-01-01'))).toBe(false);
  });

  it('labels an overdue recommendation in Vietnamese, and nothing otherwise', () => {
    expect(overdueLabel(makeRecommendation(), d('2024-11-01'))).toBe('Quá hạn khắc phục (hạn 31/10/2024)');
    expect(overdueLabel(makeRecommendation(), d('2024-10-31'))).toBeUndefined();
  });
});

describe('remediatedOnTime', () => {
  it('counts a done recommendation whose accepted report is dated on or before the due date', () => {
    const done = (doneOn: string) => makeRecommendation({ state: { status: 'done', doneOn: d(doneOn) } });
    expect(remediatedOnTime(done('2024-10-31'))).toBe(true);
    expect(remediatedOnTime(done('2024-11-01'))).toBe(false);
    expect(remediatedOnTime(makeRecommendation({ state: { status: 'in_progress' } }))).toBe(false);
  });
});

describe('recommendationDraftSchema', () => {
  it('parses a draft and refuses a missing responsible, in Vietnamese', () => {
    expect(
      recommendationDraftSchema.parse({
        id: 'r1',
        action: 'Sửa',
        responsible: 'UBND xã',
        dueDate: '2024-10-31',
      }).dueDate,
    ).toBe(d('2024-10-31'));
    const r = recommendationDraftSchema.safeParse({ id: 'r1', action: 'Sửa', responsible: ' ' });
    expect(r.error?.issues[0]?.message).toBe('Hãy nêu cá nhân, tập thể chịu trách nhiệm khắc phục.');
  });
});

describe('overdueCount', () => {
  const late = makeRecommendation({ dueDate: d('2024-10-31'), state: { status: 'open' } });
  const done = makeRecommendation({ dueDate: d('2024-10-31'), state: { status: 'done' } });
  const onTime = makeRecommendation({ dueDate: d('2024-12-31'), state: { status: 'open' } });
  const noDue = { state: { status: 'open' as const } };
  const earlier = makeRecommendation({
    dueDate: d('2022-12-31'),
    state: { status: 'open' },
    origin: { kind: 'earlier_conclusion', conclusionId: 'c', year: 2022 },
  });
  const today = d('2024-11-01');

  it('counts the overdue recommendations of a concluded or closed visit', () => {
    for (const status of ['concluded', 'closed'] as const) {
      expect(overdueCount(status, [late, done, onTime, noDue, earlier], today)).toBe(2);
    }
  });

  it('counts only the earlier years’ recommendations while the conclusion is still a draft', () => {
    for (const status of ['planned', 'scheduled', 'notified', 'in_progress', 'cancelled'] as const) {
      expect(overdueCount(status, [late, earlier], today)).toBe(1);
    }
  });

  it('is zero without recommendations or on the due date', () => {
    expect(overdueCount('concluded', [], today)).toBe(0);
    expect(overdueCount('concluded', [late], d('2024-10-31'))).toBe(0);
  });
});

describe('overdueCountLabel', () => {
  it('names the count, and nothing when none is overdue', () => {
    expect(overdueCountLabel(0)).toBeUndefined();
    expect(overdueCountLabel(1)).toBe('1 kiến nghị quá hạn khắc phục');
    expect(overdueCountLabel(3)).toBe('3 kiến nghị quá hạn khắc phục');
  });
});
