import type { DeadlineCode } from '../calendar/deadline-rules.js';
import type { DeadlineState } from '../calendar/deadline-state.js';
import { formatVietnamese, type LocalDate } from '../calendar/local-date.js';

/** A deadline's state: the calendar's states, or not applicable to this visit (and why). */
export type ActState = DeadlineState | { kind: 'not_applicable'; reason: string };

/** The verb of each act, so that a state reads "Đã gửi đúng hạn", "Đã thông báo đúng hạn"… */
export const ACT_VERBS: Record<DeadlineCode, string> = {
  SCHEDULE_NOTICE: 'gửi',
  UNIT_REPORT: 'gửi',
  CONCLUSION_NOTICE: 'thông báo',
  SUMMARY_REPORT: 'báo cáo',
  REMEDIATION: 'khắc phục',
};

export interface ActLabelInput {
  code: DeadlineCode;
  state: ActState;
  dueDate: LocalDate;
  doneOn: LocalDate | undefined;
  historical: boolean;
  /** The year whose day-off schedule is not official yet, when the due date is only estimated. */
  provisionalYear: number | undefined;
}

/**
 * The Vietnamese words of a deadline's state, the only ones every surface prints.
 * @example actStateLabel({ code: 'UNIT_REPORT', state: { kind: 'met_on_time' }, dueDate, doneOn, historical: false, provisionalYear: undefined })
 *   // 'Đã gửi đúng hạn ngày 22/04/2024 (hạn 26/04/2024)'
 */
export function actStateLabel(input: ActLabelInput): string {
  const { state, code } = input;
  const verb = ACT_VERBS[code];
  const due = `hạn ${formatVietnamese(input.dueDate)}${input.provisionalYear === undefined ? '' : ', dự kiến'}`;
  const on = input.doneOn === undefined ? '' : ` ngày ${formatVietnamese(input.doneOn)}`;
  const tail =
    input.provisionalYear === undefined
      ? ''
      : ` — năm ${input.provisionalYear} chưa có lịch nghỉ chính thức, hạn có thể thay đổi`;
  switch (state.kind) {
    case 'not_applicable':
      return `Không áp dụng: ${state.reason}`;
    case 'not_due':
      return `Chưa đến thời gian tính hạn (${due})${tail}`;
    case 'due_in':
      return state.workingDays === 0
        ? `Đến hạn hôm nay (${due})${tail}`
        : `Còn ${state.workingDays} ngày làm việc (${due})${tail}`;
    case 'met_on_time':
      return `Đã ${verb} đúng hạn${on} (${due})`;
    case 'met_late':
      return `Đã ${verb} trễ ${state.workingDaysLate} ngày làm việc${on} (${due})`;
    case 'missed':
      // A plan whose year is over reads as history: the record shows no act, not a growing count.
      return input.historical
        ? `Không có ghi nhận đã ${verb} (${due})`
        : `Quá hạn ${state.workingDaysOverdue} ngày làm việc (${due})${tail}`;
  }
}
