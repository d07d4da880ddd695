import { daysInMonth, formatVietnamese, type LocalDate, localDate, toYmd } from '../calendar/local-date.js';
import type { Plan, PlanWindow } from './plan-model.js';
import { type PlanningIssue, type PlanningResult, planningIssue, resultOf } from './planning-issue.js';

export type PlanChangeKind = 'edit' | 'amendment';

export type PlanLifecycleIssueCode =
  | 'amendment_reason_missing'
  | 'amendment_reason_too_short'
  | 'plan_already_published'
  | 'plan_not_discardable'
  | 'decision_missing'
  | 'decision_number_missing'
  | 'decision_date_missing'
  | 'decision_signer_missing'
  | 'window_missing'
  | 'window_inverted'
  | 'contents_missing'
  | 'targets_missing';

/** An amendment's reason is kept in the audit log; a few words are not a reason. */
export const AMENDMENT_REASON_MIN_LENGTH = 10;

/**
 * A draft is edited freely; once published, every change is an amendment (issue 4: it needs a
 * reason and is kept in the audit log).
 * @example planChangeKind({ ...plan, status: 'published' }) // 'amendment'
 */
export function planChangeKind(plan: Pick<Plan, 'status'>): PlanChangeKind {
  return plan.status === 'draft' ? 'edit' : 'amendment';
}

/**
 * Whether a change to the plan may be saved: always for a draft, with a reason of at least
 * 10 characters for a published plan.
 * @example checkPlanChange({ plan: published, reason: 'Bổ sung Huyện Phù Mỹ theo chỉ đạo' }) // { ok: true }
 */
export function checkPlanChange(input: {
  plan: Pick<Plan, 'status'>;
  reason?: string | null;
}): PlanningResult<PlanLifecycleIssueCode> {
  if (planChangeKind(input.plan) === 'edit') return { ok: true };
  const reason = (input.reason ?? '').trim();
  if (reason.length === 0) {
    return resultOf([
      planningIssue(
        'amendment_reason_missing',
        'Kế hoạch đã ban hành: mọi thay đổi là điều chỉnh kế hoạch, hãy nhập lý do điều chỉnh.',
        { field: 'reason' },
      ),
    ]);
  }
  if (reason.length < AMENDMENT_REASON_MIN_LENGTH) {
    return resultOf([
      planningIssue(
        'amendment_reason_too_short',
        `Lý do điều chỉnh quá ngắn (${reason.length} ký tự); hãy nêu rõ lý do, ít nhất ${AMENDMENT_REASON_MIN_LENGTH} ký tự.`,
        { field: 'reason' },
      ),
    ]);
  }
  return { ok: true };
}

/**
 * Whether a draft may be published: a complete decision (number, date, signer), a window whose
 * start is not after its end, at least one content area or topic, at least one target.
 * @example canPublish(draft2024) // { ok: false, issues: [{ code: 'decision_number_missing', … }] }
 */
export function canPublish(plan: Plan): PlanningResult<PlanLifecycleIssueCode> {
  const issues: PlanningIssue<PlanLifecycleIssueCode>[] = [];
  if (plan.status === 'published') {
    issues.push(planningIssue('plan_already_published', 'Kế hoạch đã được ban hành.'));
    return resultOf(issues);
  }
  const decision = plan.decision;
  if (decision === null) {
    issues.push(
      planningIssue(
        'decision_missing',
        'Chưa có quyết định ban hành kế hoạch; hãy nhập số, ngày và người ký quyết định.',
        { field: 'decision' },
      ),
    );
  } else {
    if (decision.number.trim() === '') {
      issues.push(
        planningIssue(
          'decision_number_missing',
          'Chưa có số quyết định ban hành kế hoạch (ví dụ 1234/QĐ-UBND); chỉ bản dự thảo mới được để trống.',
          { field: 'decision.number' },
        ),
      );
    }
    if (decision.date === null) {
      issues.push(
        planningIssue('decision_date_missing', 'Chưa có ngày ký quyết định ban hành kế hoạch.', {
          field: 'decision.date',
        }),
      );
    }
    if (decision.signerName.trim() === '' || decision.signerTitle.trim() === '') {
      issues.push(
        planningIssue(
          'decision_signer_missing',
          'Chưa có người ký quyết định ban hành kế hoạch; hãy nhập họ tên và chức danh người ký.',
          { field: 'decision.signer' },
        ),
      );
    }
  }
  if (plan.window === null) {
    issues.push(
      planningIssue('window_missing', 'Chưa có thời gian kiểm tra (từ ngày, đến ngày) của kế hoạch.', {
        field: 'window',
      }),
    );
  } else if (plan.window.start > plan.window.end) {
    issues.push(windowInverted(plan.window));
  }
  if (plan.contentAreas.length === 0 && plan.thematicTopics.length === 0) {
    issues.push(
      planningIssue(
        'contents_missing',
        'Kế hoạch chưa có nội dung kiểm tra; hãy chọn ít nhất một lĩnh vực kiểm tra toàn diện hoặc một chuyên đề.',
        { field: 'contents' },
      ),
    );
  }
  if (plan.targets.length === 0) {
    issues.push(
      planningIssue(
        'targets_missing',
        'Kế hoạch chưa có đối tượng kiểm tra; hãy chọn ít nhất một đối tượng.',
        {
          field: 'targets',
        },
      ),
    );
  }
  return resultOf(issues);
}

function windowInverted(window: PlanWindow): PlanningIssue<'window_inverted'> {
  return planningIssue(
    'window_inverted',
    `Thời gian kiểm tra không hợp lệ: ngày bắt đầu ${formatVietnamese(window.start)} sau ngày kết thúc ${formatVietnamese(window.end)}.`,
    { field: 'window' },
  );
}

/**
 * The same calendar day `years` later; 29 February becomes 28 February in a common year, so a
 * window ending on the last day of February still ends on the last day of February.
 * @example shiftYears(parseIsoDate('2024-02-29'), 1) // 2025-02-28
 */
export function shiftYears(date: LocalDate, years: number): LocalDate {
  const { year, month, day } = toYmd(date);
  const target = year + years;
  return localDate(target, month, Math.min(day, daysInMonth(target, month)));
}

/**
 * Next year's plan as a draft: contents, forms, deadline rules, reading, outline, bounds and
 * expected count copied; the decision cleared; the window moved by the difference in years;
 * the targets only when asked (a new year inspects other units); the year in the title updated.
 * @example copyPlanAsDraft(plan2024, 2025).window // 01/04/2025 – 30/09/2025
 */
export function copyPlanAsDraft(plan: Plan, newYear: number, options: { withTargets?: boolean } = {}): Plan {
  const years = newYear - plan.year;
  return {
    status: 'draft',
    year: newYear,
    title: plan.title.replace(new RegExp(`(?<!\\d)${plan.year}(?!\\d)`, 'gu'), String(newYear)),
    decision: null,
    window:
      plan.window === null
        ? null
        : { start: shiftYears(plan.window.start, years), end: shiftYears(plan.window.end, years) },
    purposes: [...plan.purposes],
    requirements: [...plan.requirements],
    contentAreas: [...plan.contentAreas],
    thematicTopics: [...plan.thematicTopics],
    forms: [...plan.forms],
    expectedTargetCount: plan.expectedTargetCount,
    subUnitBounds: { ...plan.subUnitBounds },
    deadlineRules: plan.deadlineRules.map((rule) => ({ ...rule })),
    reading: plan.reading,
    templateRef: plan.templateRef,
    targets: options.withTargets
      ? plan.targets.map((t) => ({ ...t, subUnits: t.subUnits.map((s) => ({ ...s })), teamId: null }))
      : [],
  };
}

/**
 * Only a draft is discarded: an issued plan is a decision of the province, changed by amendment.
 * @example checkPlanDiscard({ status: 'published' }) // refused: plan_not_discardable
 */
export function checkPlanDiscard(plan: Pick<Plan, 'status'>): PlanningResult<PlanLifecycleIssueCode> {
  if (plan.status === 'draft') return { ok: true };
  return resultOf([
    planningIssue(
      'plan_not_discardable',
      'Kế hoạch đã ban hành không thể hủy; hãy điều chỉnh kế hoạch, ghi rõ lý do.',
    ),
  ]);
}
