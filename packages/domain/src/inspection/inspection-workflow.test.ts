import { describe, expect, it } from 'vitest';
import type { InspectionScheduleState } from '../planning/inspection-status.js';
import { inspectionProgressAfter, inspectionWorkflowAfter } from './inspection-workflow.js';
import { codesOf, d, makeFinding, makeRecommendation, messagesOf } from './test-fixtures.js';

const notice = { number: '12/TB-SNV', date: d('2024-08-12'), recipients: ['UBND huyện Tây Sơn'] };
const at = (status: InspectionScheduleState['status'], dates = [d('2024-08-29'), d('2024-08-28')]) => ({
  status,
  dates,
  notices: [{ ...notice, state: 'current' as const }],
});
const conclude = {
  type: 'conclude' as const,
  findings: [makeFinding()],
  recommendations: [makeRecommendation()],
  notice: { number: '25/TB-ĐKT', date: d('2024-09-13') },
  today: d('2024-09-13'),
};

describe('inspectionProgressAfter', () => {
  it('starts a notified inspection on its first on-site day', () => {
    expect(inspectionProgressAfter({ type: 'start', today: d('2024-08-28') }, at('notified'))).toEqual({
      ok: true,
      state: at('in_progress'),
    });
  });

  it('refuses to start before the first day, or before the notice', () => {
    expect(
      messagesOf(inspectionProgressAfter({ type: 'start', today: d('2024-08-27') }, at('notified'))),
    ).toEqual(['Chưa đến ngày kiểm tra (28/08/2024); chỉ bắt đầu kiểm tra từ ngày kiểm tra đầu tiên.']);
    expect(
      messagesOf(inspectionProgressAfter({ type: 'start', today: d('2024-08-28') }, at('scheduled'))),
    ).toEqual([
      'Chưa gửi thông báo lịch kiểm tra đến đơn vị; hãy ghi thông báo lịch trước khi tiến hành kiểm tra.',
    ]);
    expect(
      codesOf(inspectionProgressAfter({ type: 'start', today: d('2024-08-28') }, at('notified', []))),
    ).toEqual(['progress_before_first_day']);
    expect(
      messagesOf(inspectionProgressAfter({ type: 'start', today: d('2024-09-01') }, at('in_progress'))),
    ).toEqual(['Cuộc kiểm tra đã ở trạng thái "Đang kiểm tra".']);
  });

  it('concludes from the last on-site day through checkConclusionIssuable', () => {
    expect(inspectionProgressAfter(conclude, at('in_progress'))).toEqual({
      ok: true,
      state: at('concluded'),
    });
    // The visit lasted to 29/08: a notice on 28/08 is before the inspection date.
    const early = {
      ...conclude,
      notice: { ...conclude.notice, date: d('2024-08-28') },
      today: d('2024-08-28'),
    };
    expect(codesOf(inspectionProgressAfter(early, at('in_progress')))).toEqual([
      'conclusion_before_inspection',
      'conclusion_notice_before_inspection',
    ]);
    expect(codesOf(inspectionProgressAfter(conclude, at('notified')))).toEqual(['conclusion_status']);
  });

  it('closes a concluded inspection only when its recommendations are settled', () => {
    const done = makeRecommendation({ state: { status: 'done' } });
    expect(inspectionProgressAfter({ type: 'close', recommendations: [done] }, at('concluded'))).toEqual({
      ok: true,
      state: at('closed'),
    });
    expect(
      codesOf(
        inspectionProgressAfter({ type: 'close', recommendations: [makeRecommendation()] }, at('concluded')),
      ),
    ).toEqual(['closure_recommendation_open']);
    expect(
      messagesOf(inspectionProgressAfter({ type: 'close', recommendations: [] }, at('in_progress'))),
    ).toEqual([
      'Chỉ kết thúc cuộc kiểm tra đã có thông báo kết luận; cuộc kiểm tra này đang ở trạng thái "Đang kiểm tra".',
    ]);
  });

  it('refuses any change once closed or cancelled', () => {
    expect(messagesOf(inspectionProgressAfter({ type: 'close', recommendations: [] }, at('closed')))).toEqual(
      ['Cuộc kiểm tra ở trạng thái "Đã kết thúc" nên không thể thay đổi nữa.'],
    );
    expect(
      codesOf(inspectionProgressAfter({ type: 'start', today: d('2024-09-01') }, at('cancelled'))),
    ).toEqual(['progress_final']);
  });
});

describe('inspectionWorkflowAfter', () => {
  it('runs the whole workflow from planned to closed', () => {
    let state: InspectionScheduleState = { status: 'planned', dates: [], notices: [] };
    const steps = [
      { type: 'set_dates' as const, dates: [d('2024-08-28')] },
      { type: 'record_notice' as const, notice },
      { type: 'start' as const, today: d('2024-08-28') },
      conclude,
      { type: 'close' as const, recommendations: [makeRecommendation({ state: { status: 'done' } })] },
    ];
    const statuses: string[] = [];
    for (const e of steps) {
      const r = inspectionWorkflowAfter(e, state);
      expect(r.ok).toBe(true);
      if (r.ok) state = r.state;
      statuses.push(state.status);
    }
    expect(statuses).toEqual(['scheduled', 'notified', 'in_progress', 'concluded', 'closed']);
  });

  it('keeps the schedule refusals of planning', () => {
    expect(
      codesOf(inspectionWorkflowAfter({ type: 'set_dates', dates: [d('2024-09-01')] }, at('concluded'))),
    ).toEqual(['status_final']);
  });
});
