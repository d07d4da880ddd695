import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RECOMMENDATION_STATUSES,
  type RecommendationState,
  type RemediationReport,
} from './recommendations.js';
import {
  type RecommendationEvent,
  recommendationStatusAfter,
  remediationDecisionSchema,
  remediationReportSchema,
} from './remediation.js';
import { codesOf, d, messagesOf } from './test-fixtures.js';

const doneReport: RemediationReport = {
  state: 'done',
  actionsTaken: 'Đã công khai 100% thủ tục hành chính trên Cổng dịch vụ công',
  evidenceRefs: ['Báo cáo số 45/BC-UBND'],
  submittedOn: d('2024-10-20'),
};
const progressReport: RemediationReport = {
  ...doneReport,
  state: 'in_progress',
  submittedOn: d('2024-10-10'),
};
const reported = (report: RemediationReport): RecommendationState => ({
  status: 'reported',
  lastReport: report,
});

describe('recommendationStatusAfter', () => {
  it('takes a report on an open recommendation and accepts it as done, recording the day', () => {
    const r1 = recommendationStatusAfter({ type: 'report', report: doneReport }, { status: 'open' });
    expect(r1).toEqual({ ok: true, state: reported(doneReport) });
    const r2 = recommendationStatusAfter({ type: 'accept' }, reported(doneReport));
    expect(r2).toEqual({
      ok: true,
      state: { status: 'done', lastReport: doneReport, doneOn: d('2024-10-20') },
    });
  });

  it('keeps an accepted in-progress or not-done report in progress', () => {
    expect(recommendationStatusAfter({ type: 'accept' }, reported(progressReport))).toEqual({
      ok: true,
      state: { status: 'in_progress', lastReport: progressReport },
    });
    const notDone: RemediationReport = { ...progressReport, state: 'not_done', actionsTaken: 'Chờ kinh phí' };
    const r = recommendationStatusAfter({ type: 'accept' }, reported(notDone));
    expect(r.ok && r.state.status).toBe('in_progress');
  });

  it('returns a report with its reason, and takes a new report afterwards', () => {
    const r = recommendationStatusAfter(
      { type: 'return', reason: ' Thiếu tài liệu kiểm chứng ' },
      reported(doneReport),
    );
    expect(r).toEqual({
      ok: true,
      state: { status: 'returned', lastReport: doneReport, returnReason: 'Thiếu tài liệu kiểm chứng' },
    });
    if (!r.ok) return;
    const again = recommendationStatusAfter({ type: 'report', report: doneReport }, r.state);
    expect(again.ok && again.state.status).toBe('reported');
  });

  it('refuses a return without a reason', () => {
    expect(
      messagesOf(recommendationStatusAfter({ type: 'return', reason: '  ' }, reported(doneReport))),
    ).toEqual(['Hãy nêu lý do trả lại báo cáo.']);
  });

  it('refuses a decision when there is no report to review', () => {
    for (const status of ['open', 'returned', 'in_progress'] as const) {
      expect(messagesOf(recommendationStatusAfter({ type: 'accept' }, { status }))).toEqual([
        'Đơn vị chưa gửi báo cáo khắc phục mới cho kiến nghị này nên chưa có gì để chấp nhận hay trả lại.',
      ]);
    }
  });

  it('refuses a second report while the first awaits review', () => {
    expect(
      messagesOf(recommendationStatusAfter({ type: 'report', report: doneReport }, reported(doneReport))),
    ).toEqual(['Báo cáo trước đang chờ Đoàn kiểm tra xem xét; hãy chờ kết quả xem xét rồi mới báo cáo lại.']);
  });

  it('refuses a report that says nothing of what was done or why not', () => {
    expect(
      messagesOf(
        recommendationStatusAfter(
          { type: 'report', report: { ...doneReport, actionsTaken: ' ' } },
          { status: 'open' },
        ),
      ),
    ).toEqual(['Hãy nêu những việc đã làm để khắc phục.']);
    expect(
      messagesOf(
        recommendationStatusAfter(
          { type: 'report', report: { ...doneReport, state: 'not_done', actionsTaken: '' } },
          { status: 'open' },
        ),
      ),
    ).toEqual(['Hãy nêu lý do chưa thực hiện kiến nghị.']);
  });

  it('carries over an unfinished recommendation with a reason, and refuses one without', () => {
    expect(
      recommendationStatusAfter(
        { type: 'carry_over', reason: 'Chờ sắp xếp đơn vị hành chính' },
        { status: 'in_progress', lastReport: progressReport },
      ),
    ).toEqual({
      ok: true,
      state: {
        status: 'carried_over',
        carryOverReason: 'Chờ sắp xếp đơn vị hành chính',
        lastReport: progressReport,
      },
    });
    expect(
      messagesOf(recommendationStatusAfter({ type: 'carry_over', reason: '' }, { status: 'open' })),
    ).toEqual(['Hãy nêu lý do chuyển tiếp theo dõi kiến nghị.']);
    expect(
      messagesOf(recommendationStatusAfter({ type: 'carry_over', reason: 'x' }, reported(doneReport))),
    ).toEqual([
      'Kiến nghị có báo cáo khắc phục đang chờ xem xét; hãy chấp nhận hoặc trả lại báo cáo trước khi chuyển tiếp theo dõi.',
    ]);
  });

  it('refuses every event on a done or carried-over recommendation', () => {
    expect(
      messagesOf(recommendationStatusAfter({ type: 'report', report: doneReport }, { status: 'done' })),
    ).toEqual(['Kiến nghị ở trạng thái "Đã khắc phục xong" nên không thể báo cáo hay xem xét thêm.']);
    expect(codesOf(recommendationStatusAfter({ type: 'accept' }, { status: 'carried_over' }))).toEqual([
      'remediation_final',
    ]);
  });

  it('property: only an accepted report that says done makes a recommendation done', () => {
    const report = fc.record({
      state: fc.constantFrom('done', 'in_progress', 'not_done'),
      actionsTaken: fc.constantFrom('', 'Đã làm'),
      evidenceRefs: fc.constant([]),
      submittedOn: fc.integer({ min: 19_000, max: 21_000 }).map((n) => n as RemediationReport['submittedOn']),
    }) as fc.Arbitrary<RemediationReport>;
    const event: fc.Arbitrary<RecommendationEvent> = fc.oneof(
      report.map((r) => ({ type: 'report' as const, report: r })),
      fc.constant({ type: 'accept' as const }),
      fc.constantFrom('', 'lý do').map((reason) => ({ type: 'return' as const, reason })),
      fc.constantFrom('', 'lý do').map((reason) => ({ type: 'carry_over' as const, reason })),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 12 }), (events) => {
        let state: RecommendationState = { status: 'open' };
        for (const e of events) {
          const before = state;
          const r = recommendationStatusAfter(e, state);
          if (!r.ok) continue;
          state = r.state;
          expect(RECOMMENDATION_STATUSES).toContain(state.status);
          if (state.status === 'done') {
            expect(e.type).toBe('accept');
            expect(before.lastReport?.state).toBe('done');
            expect(state.doneOn).toBe(before.lastReport?.submittedOn);
          }
          if (state.status === 'carried_over') expect(state.carryOverReason?.trim()).not.toBe('');
        }
      }),
    );
  });
});

describe('remediation schemas', () => {
  it('parses a report and asks for what was done, in Vietnamese', () => {
    expect(
      remediationReportSchema.parse({ state: 'done', actionsTaken: 'Đã sửa', submittedOn: '2024-10-20' }),
    ).toEqual({ state: 'done', actionsTaken: 'Đã sửa', evidenceRefs: [], submittedOn: d('2024-10-20') });
    const r = remediationReportSchema.safeParse({ state: 'in_progress', submittedOn: '2024-10-20' });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['actionsTaken', 'Hãy nêu những việc đã làm để khắc phục.'],
    ]);
  });

  it('requires a reason to return a report', () => {
    expect(remediationDecisionSchema.parse({ decision: 'accepted' })).toEqual({ decision: 'accepted' });
    const r = remediationDecisionSchema.safeParse({ decision: 'returned', reason: ' ' });
    expect(r.error?.issues[0]?.message).toBe('Hãy nêu lý do trả lại báo cáo.');
  });
});
