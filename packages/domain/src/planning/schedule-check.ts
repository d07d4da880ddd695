import type { DeadlineReading, DeadlineRule } from '../calendar/deadline-rules.js';
import {
  formatVietnamese,
  formatVietnameseWithWeekday,
  type LocalDate,
  maxDate,
} from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { type InspectionDeadline, visitDeadlines } from '../deadlines/index.js';
import type { InspectionForm, InspectionKind } from '../plan/vocabulary.js';
import type { PlanWindow } from './plan-model.js';
import { type PlanningIssue, planningIssue } from './planning-issue.js';

export type ScheduleIssueCode =
  | 'schedule_dates_missing'
  | 'schedule_date_repeated'
  | 'schedule_non_working_day'
  | 'schedule_outside_window'
  | 'schedule_team_busy'
  | 'schedule_unit_busy'
  | 'schedule_notice_deadline_passed'
  | 'schedule_notice_before_plan_issued'
  | 'late_notice';

/** A visit already on the plan's timeline. */
export interface ScheduledVisit {
  id: string;
  unitId: string;
  unitName: string;
  /** The plan target the visit belongs to: a district and its own communes share one. */
  targetId: string;
  teamId: string;
  teamName: string;
  dates: readonly LocalDate[];
}

export interface ScheduleCheckInput {
  inspection: ScheduledVisit & { kind: InspectionKind; form: InspectionForm };
  plan: { window: PlanWindow /** The plan's decision date. */; issuedOn: LocalDate | null };
  otherInspections: readonly ScheduledVisit[];
  calendar: WorkingCalendar;
  today: LocalDate;
  rules: readonly DeadlineRule[];
  reading: DeadlineReading;
  /** Why the notice goes out late; recorded, it turns the refusal into a lasting warning. */
  lateNoticeReason?: string | null;
}

export type ScheduleCheckResult =
  | { ok: true; warnings: PlanningIssue<ScheduleIssueCode>[]; deadlines: InspectionDeadline[] }
  | {
      ok: false;
      issues: PlanningIssue<ScheduleIssueCode>[];
      warnings: PlanningIssue<ScheduleIssueCode>[];
      deadlines: InspectionDeadline[];
    };

/**
 * Whether a visit may take these dates: each a working day, inside the window (unless ad hoc),
 * its team and its unit free that day, and the schedule notice still possible on time (or a
 * late-notice reason recorded, which stays as a warning). Returns the visit's deadlines too.
 * @example
 *   checkSchedule({ inspection: { …, dates: [parseIsoDate('2024-05-07')] }, today: parseIsoDate('2024-04-18'), … })
 *   // { ok: true, warnings: [], deadlines: [SCHEDULE_NOTICE 19/04/2024, …] }
 */
export function checkSchedule(input: ScheduleCheckInput): ScheduleCheckResult {
  const { inspection, plan, calendar, today } = input;
  const issues: PlanningIssue<ScheduleIssueCode>[] = [];
  const warnings: PlanningIssue<ScheduleIssueCode>[] = [];
  const dates = [...new Set(inspection.dates)].sort((a, b) => a - b);
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first === undefined || last === undefined) {
    return {
      ok: false,
      issues: [
        planningIssue('schedule_dates_missing', 'Chưa chọn ngày kiểm tra; hãy chọn ít nhất một ngày.', {
          field: 'dates',
        }),
      ],
      warnings,
      deadlines: [],
    };
  }
  if (dates.length < inspection.dates.length) {
    issues.push(
      planningIssue('schedule_date_repeated', 'Một ngày kiểm tra được chọn hai lần; hãy bỏ ngày trùng.', {
        field: 'dates',
      }),
    );
  }

  for (const d of dates) {
    const info = calendar.dayInfo(d);
    if (!info.working) {
      issues.push(
        planningIssue(
          'schedule_non_working_day',
          `Ngày ${formatVietnamese(d)} không phải ngày làm việc (${info.label}); hãy chọn ngày làm việc khác.`,
          { field: 'dates' },
        ),
      );
    }
    // Seed III.3: an ad-hoc inspection is decided by the Chairman when needed, outside the window too.
    if (inspection.kind !== 'ad_hoc' && (d < plan.window.start || d > plan.window.end)) {
      issues.push(
        planningIssue(
          'schedule_outside_window',
          `Ngày ${formatVietnamese(d)} nằm ngoài thời gian kiểm tra của kế hoạch (${formatVietnamese(plan.window.start)} – ${formatVietnamese(plan.window.end)}).`,
          { field: 'dates' },
        ),
      );
    }
  }

  for (const other of input.otherInspections) {
    if (other.id === inspection.id) continue;
    const shared = dates.filter((d) => other.dates.includes(d));
    if (shared.length === 0) continue;
    const days = shared.map(formatVietnamese).join(', ');
    // A district and its own communes are one target: the team visits them on the same day.
    if (other.teamId === inspection.teamId && other.targetId !== inspection.targetId) {
      issues.push(
        planningIssue(
          'schedule_team_busy',
          `Ngày ${days} ${inspection.teamName} đã có lịch kiểm tra ${other.unitName}; một đoàn không kiểm tra hai đối tượng trong cùng một ngày.`,
          { field: 'dates', unitIds: [other.unitId] },
        ),
      );
    }
    if (other.unitId === inspection.unitId) {
      issues.push(
        planningIssue(
          'schedule_unit_busy',
          `Ngày ${days} ${inspection.unitName} đã có lịch làm việc với ${other.teamName}; một đơn vị không bị kiểm tra hai lần trong cùng một ngày.`,
          { field: 'dates', unitIds: [inspection.unitId] },
        ),
      );
    }
  }

  // The deadlines a visit on these days would have, nothing done yet (the notice is what is checked).
  const deadlines = visitDeadlines({
    facts: { status: 'scheduled', form: 'on_site', visitDates: dates },
    rules: input.rules,
    reading: input.reading,
    calendar,
    today,
  });
  const notice = deadlines.find((x) => x.code === 'SCHEDULE_NOTICE');
  const noticeRule = input.rules.find((r) => r.code === 'SCHEDULE_NOTICE');
  if (notice && noticeRule?.kind === 'working_days') {
    const reason = input.lateNoticeReason?.trim() ?? '';
    const due = formatVietnameseWithWeekday(notice.dueDate);
    // Said as a civil servant would: the strict reading is named by what it means, the usual one not at all.
    const ruleText = `trước ${noticeRule.workingDays} ngày làm việc${input.reading === 'B' ? ', tính đủ ngày trọn vẹn' : ''}`;
    // DOMAIN.md: a notice due before the plan was issued cannot have been sent on time either.
    const floor = plan.issuedOn === null ? today : maxDate(today, plan.issuedOn);
    const extra = input.reading === 'B' ? 1 : 0;
    // Counting forward from the first working day on or after the floor gives the first visit day
    // whose notice is due on that day or later (counting from a holiday would land a day short).
    const earliestDate = calendar.addWorkingDays(
      calendar.workingDayOnOrAfter(floor),
      noticeRule.workingDays + extra,
    );
    // Never advise a day the plan no longer covers: past its window, only a reason for lateness helps.
    const advice =
      inspection.kind !== 'ad_hoc' && earliestDate > plan.window.end
        ? `trong thời gian của kế hoạch (đến ${formatVietnamese(plan.window.end)}) không còn ngày nào kịp thông báo đúng hạn; hãy ghi lý do thông báo muộn.`
        : `hãy chọn ngày kiểm tra từ ${formatVietnameseWithWeekday(earliestDate)} trở đi hoặc ghi lý do thông báo muộn.`;
    let problem: PlanningIssue<ScheduleIssueCode> | undefined;
    if (notice.dueDate < today) {
      problem = planningIssue(
        'schedule_notice_deadline_passed',
        `Hạn gửi thông báo lịch kiểm tra là ${due} (${ruleText}) đã qua (hôm nay ${formatVietnamese(today)}); ${advice}`,
        { field: 'dates' },
      );
    } else if (plan.issuedOn !== null && notice.dueDate < plan.issuedOn) {
      problem = planningIssue(
        'schedule_notice_before_plan_issued',
        `Hạn gửi thông báo lịch kiểm tra là ${due} (${ruleText}), trước ngày ban hành kế hoạch ${formatVietnamese(plan.issuedOn)}; ${advice}`,
        { field: 'dates' },
      );
    }
    if (problem && reason === '') issues.push(problem);
    else if (problem) {
      warnings.push(
        planningIssue(
          'late_notice',
          `Thông báo lịch kiểm tra gửi muộn: hạn là ${due} (${ruleText}). Lý do: ${reason}`,
          { field: 'lateNoticeReason' },
        ),
      );
    }
  }

  return issues.length === 0 ? { ok: true, warnings, deadlines } : { ok: false, issues, warnings, deadlines };
}
