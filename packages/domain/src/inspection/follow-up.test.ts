import { describe, expect, it } from 'vitest';
import { planFollowUp } from './follow-up.js';
import { codesOf, makeRecommendation, messagesOf } from './test-fixtures.js';

const recommendations = [
  makeRecommendation({ id: 'r1', state: { status: 'done' } }),
  makeRecommendation({ id: 'r2', state: { status: 'in_progress' } }),
  makeRecommendation({ id: 'r3', state: { status: 'carried_over', carryOverReason: 'Chờ kinh phí' } }),
  makeRecommendation({ id: 'r4', state: { status: 'open' } }),
];

describe('planFollowUp', () => {
  it('opens a follow-up from a concluded inspection checking every recommendation not done', () => {
    expect(planFollowUp({ inspection: { id: 'i1', status: 'concluded' }, recommendations })).toEqual({
      ok: true,
      plan: { kind: 'follow_up', sourceInspectionId: 'i1', recommendationIds: ['r2', 'r3', 'r4'] },
    });
  });

  it('opens a re-inspection from a closed one', () => {
    const r = planFollowUp({
      kind: 're_inspection',
      inspection: { id: 'i1', status: 'closed' },
      recommendations,
    });
    expect(r.ok && r.plan.kind).toBe('re_inspection');
  });

  it('refuses when the source inspection is not concluded', () => {
    for (const status of ['planned', 'scheduled', 'notified', 'in_progress', 'cancelled'] as const) {
      expect(codesOf(planFollowUp({ inspection: { id: 'i1', status }, recommendations }))).toEqual([
        'follow_up_source_not_concluded',
      ]);
    }
    expect(
      messagesOf(planFollowUp({ inspection: { id: 'i1', status: 'in_progress' }, recommendations })),
    ).toEqual([
      'Chỉ phúc tra một cuộc kiểm tra đã kết luận; cuộc kiểm tra này đang ở trạng thái "Đang kiểm tra".',
    ]);
  });

  it('refuses when every recommendation is already done', () => {
    const r = planFollowUp({
      kind: 're_inspection',
      inspection: { id: 'i1', status: 'concluded' },
      recommendations: [makeRecommendation({ state: { status: 'done' } })],
    });
    expect(messagesOf(r)).toEqual([
      'Mọi kiến nghị của cuộc kiểm tra đã được chấp nhận là khắc phục xong; không còn nội dung để tái kiểm tra.',
    ]);
  });
});
