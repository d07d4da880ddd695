import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClosureRecommendation, checkInspectionClosable, isSettled } from './closure.js';
import { RECOMMENDATION_STATUSES } from './recommendations.js';
import { codesOf, messagesOf } from './test-fixtures.js';

const rec = (id: string, state: ClosureRecommendation['state']): ClosureRecommendation => ({
  id,
  action: 'Rà soát quy chế làm việc',
  state,
});

describe('checkInspectionClosable', () => {
  it('closes when every recommendation is done or carried over with a reason, and with none at all', () => {
    expect(
      checkInspectionClosable({
        recommendations: [
          rec('r1', { status: 'done' }),
          rec('r2', { status: 'carried_over', carryOverReason: 'Chờ văn bản hướng dẫn' }),
        ],
      }),
    ).toEqual({ ok: true });
    expect(checkInspectionClosable({ recommendations: [] })).toEqual({ ok: true });
  });

  it('lists every recommendation that blocks closure', () => {
    const r = checkInspectionClosable({
      recommendations: [
        rec('r1', { status: 'done' }),
        rec('r2', { status: 'open' }),
        rec('r3', { status: 'reported' }),
        rec('r4', { status: 'carried_over', carryOverReason: ' ' }),
      ],
    });
    expect(codesOf(r)).toEqual([
      'closure_recommendation_open',
      'closure_recommendation_open',
      'closure_carry_over_reason_missing',
    ]);
    expect(r.ok === false && r.issues.map((i) => i.itemIds)).toEqual([['r2'], ['r3'], ['r4']]);
    expect(messagesOf(r)).toEqual([
      'Kiến nghị "Rà soát quy chế làm việc" chưa được chấp nhận là đã khắc phục xong (hiện: Chưa báo cáo khắc phục); hãy xem xét báo cáo khắc phục hoặc chuyển tiếp theo dõi kèm lý do.',
      'Kiến nghị "Rà soát quy chế làm việc" chưa được chấp nhận là đã khắc phục xong (hiện: Đã báo cáo, chờ Đoàn kiểm tra xem xét); hãy xem xét báo cáo khắc phục hoặc chuyển tiếp theo dõi kèm lý do.',
      'Kiến nghị "Rà soát quy chế làm việc" được chuyển tiếp theo dõi nhưng chưa có lý do; hãy ghi lý do chuyển tiếp.',
    ]);
  });

  it('property: a closable inspection never has a recommendation neither accepted-done nor carried over with a reason', () => {
    const state = fc.record({
      status: fc.constantFrom(...RECOMMENDATION_STATUSES),
      carryOverReason: fc.option(fc.constantFrom('', '  ', 'Chờ kinh phí'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.uuid(), action: fc.string(), state })), (recs) => {
        const r = checkInspectionClosable({ recommendations: recs as ClosureRecommendation[] });
        const blocking = recs.filter((x) => !isSettled(x.state as ClosureRecommendation['state']));
        expect(r.ok).toBe(blocking.length === 0);
        if (r.ok) {
          for (const x of recs) {
            const settled =
              x.state.status === 'done' ||
              (x.state.status === 'carried_over' && (x.state.carryOverReason ?? '').trim() !== '');
            expect(settled).toBe(true);
          }
        } else {
          expect(r.issues.flatMap((i) => i.itemIds ?? [])).toEqual(blocking.map((x) => x.id));
        }
      }),
    );
  });
});
