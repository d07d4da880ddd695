import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../calendar/local-date.js';
import {
  canPublish,
  checkPlanChange,
  checkPlanDiscard,
  copyPlanAsDraft,
  planChangeKind,
  shiftYears,
} from './plan-lifecycle.js';
import { d, makePlan } from './test-fixtures.js';

const messages = (r: ReturnType<typeof canPublish>) => (r.ok ? [] : r.issues.map((i) => i.message));
const codes = (r: ReturnType<typeof canPublish>) => (r.ok ? [] : r.issues.map((i) => i.code));
const numbered = {
  number: '1234/QĐ-UBND',
  date: d('2024-04-01'),
  signerName: 'Lâm Hải Giang',
  signerTitle: 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH',
};

describe('planChangeKind and checkPlanChange', () => {
  it('edits a draft freely', () => {
    expect(planChangeKind({ status: 'draft' })).toBe('edit');
    expect(checkPlanChange({ plan: { status: 'draft' } })).toEqual({ ok: true });
  });

  it('treats a change to a published plan as an amendment that needs a reason', () => {
    expect(planChangeKind({ status: 'published' })).toBe('amendment');
    expect(checkPlanChange({ plan: { status: 'published' }, reason: '   ' })).toEqual({
      ok: false,
      issues: [
        {
          code: 'amendment_reason_missing',
          message: 'Kế hoạch đã ban hành: mọi thay đổi là điều chỉnh kế hoạch, hãy nhập lý do điều chỉnh.',
          field: 'reason',
        },
      ],
    });
  });

  it('refuses a reason shorter than 10 characters, counted after trimming', () => {
    const r = checkPlanChange({ plan: { status: 'published' }, reason: '  sửa lỗi  ' });
    expect(r.ok === false && r.issues[0]?.message).toBe(
      'Lý do điều chỉnh quá ngắn (7 ký tự); hãy nêu rõ lý do, ít nhất 10 ký tự.',
    );
    expect(checkPlanChange({ plan: { status: 'published' }, reason: 'Bổ sung Huyện Phù Mỹ' })).toEqual({
      ok: true,
    });
  });
});

describe('canPublish', () => {
  it('publishes a complete draft', () => {
    expect(canPublish(makePlan({ decision: numbered }))).toEqual({ ok: true });
  });

  it('refuses a draft whose decision has no number yet', () => {
    expect(messages(canPublish(makePlan()))).toEqual([
      'Chưa có số quyết định ban hành kế hoạch (ví dụ 1234/QĐ-UBND); chỉ bản dự thảo mới được để trống.',
    ]);
  });

  it('refuses a plan without a decision', () => {
    expect(messages(canPublish(makePlan({ decision: null })))).toEqual([
      'Chưa có quyết định ban hành kế hoạch; hãy nhập số, ngày và người ký quyết định.',
    ]);
  });

  it('names every missing part of the decision at once', () => {
    const r = canPublish(
      makePlan({ decision: { number: '1234/QĐ-UBND', date: null, signerName: '', signerTitle: '' } }),
    );
    expect(messages(r)).toEqual([
      'Chưa có ngày ký quyết định ban hành kế hoạch.',
      'Chưa có người ký quyết định ban hành kế hoạch; hãy nhập họ tên và chức danh người ký.',
    ]);
  });

  it('refuses a missing or inverted window', () => {
    expect(messages(canPublish(makePlan({ decision: numbered, window: null })))).toEqual([
      'Chưa có thời gian kiểm tra (từ ngày, đến ngày) của kế hoạch.',
    ]);
    const inverted = makePlan({
      decision: numbered,
      window: { start: d('2024-09-30'), end: d('2024-04-01') },
    });
    expect(messages(canPublish(inverted))).toEqual([
      'Thời gian kiểm tra không hợp lệ: ngày bắt đầu 30/09/2024 sau ngày kết thúc 01/04/2024.',
    ]);
  });

  it('accepts a one-day window', () => {
    expect(
      canPublish(makePlan({ decision: numbered, window: { start: d('2024-05-07'), end: d('2024-05-07') } })),
    ).toEqual({
      ok: true,
    });
  });

  it('refuses a plan with neither content area nor topic, and one without targets', () => {
    const r = canPublish(makePlan({ decision: numbered, contentAreas: [], thematicTopics: [], targets: [] }));
    expect(messages(r)).toEqual([
      'Kế hoạch chưa có nội dung kiểm tra; hãy chọn ít nhất một lĩnh vực kiểm tra toàn diện hoặc một chuyên đề.',
      'Kế hoạch chưa có đối tượng kiểm tra; hãy chọn ít nhất một đối tượng.',
    ]);
    expect(canPublish(makePlan({ decision: numbered, contentAreas: [] }))).toEqual({ ok: true });
  });

  it('refuses to publish twice', () => {
    expect(codes(canPublish(makePlan({ status: 'published', decision: numbered })))).toEqual([
      'plan_already_published',
    ]);
    expect(messages(canPublish(makePlan({ status: 'published', decision: numbered })))).toEqual([
      'Kế hoạch đã được ban hành.',
    ]);
  });
});

describe('copyPlanAsDraft', () => {
  const published = makePlan({ status: 'published', decision: numbered });

  it('makes next year a draft with contents and rules, without decision or targets', () => {
    const next = copyPlanAsDraft(published, 2025);
    expect(next.status).toBe('draft');
    expect(next.year).toBe(2025);
    expect(next.title).toBe('Kế hoạch kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2025');
    expect(next.decision).toBeNull();
    expect(next.targets).toEqual([]);
    expect(next.window && [toIsoDate(next.window.start), toIsoDate(next.window.end)]).toEqual([
      '2025-04-01',
      '2025-09-30',
    ]);
    expect(next.contentAreas).toEqual(published.contentAreas);
    expect(next.thematicTopics).toEqual(published.thematicTopics);
    expect(next.forms).toEqual(published.forms);
    expect(next.deadlineRules).toEqual(published.deadlineRules);
    expect(next.deadlineRules).not.toBe(published.deadlineRules);
    expect(next.reading).toBe('A');
    expect(next.templateRef).toBe('de-cuong-2024');
    expect(next.subUnitBounds).toEqual({ min: 2, max: 3 });
  });

  it('copies targets only when asked, without the old teams', () => {
    const next = copyPlanAsDraft(published, 2025, { withTargets: true });
    expect(next.targets.map((t) => [t.unitId, t.subUnits.length, t.teamId])).toEqual([['ts', 2, null]]);
  });

  it('keeps a window ending on 29 February on the last day of February', () => {
    const leap = makePlan({ window: { start: d('2024-01-02'), end: d('2024-02-29') } });
    const next = copyPlanAsDraft(leap, 2025);
    expect(next.window && toIsoDate(next.window.end)).toBe('2025-02-28');
    expect(toIsoDate(shiftYears(d('2024-02-29'), 4))).toBe('2028-02-29');
    expect(toIsoDate(shiftYears(d('2025-02-28'), -1))).toBe('2024-02-28');
  });

  it('does not touch a year inside a longer number of the title', () => {
    const plan = makePlan({ title: 'Kế hoạch 12024 năm 2024' });
    expect(copyPlanAsDraft(plan, 2026).title).toBe('Kế hoạch 12024 năm 2026');
  });
});

describe('discarding a plan', () => {
  it('discards a draft only', () => {
    expect(checkPlanDiscard({ status: 'draft' })).toEqual({ ok: true });
    const refused = checkPlanDiscard({ status: 'published' });
    expect(refused.ok ? [] : refused.issues.map((i) => i.code)).toEqual(['plan_not_discardable']);
  });
});
