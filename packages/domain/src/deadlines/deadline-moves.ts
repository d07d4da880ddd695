import { formatVietnamese, type LocalDate } from '../calendar/local-date.js';
import type { InspectionDeadline } from './act-deadline.js';

/** Why a visit's deadlines were recomputed. */
export type DeadlineMoveCause = 'rescheduled' | 'calendar_edited';

export const DEADLINE_MOVE_CAUSE_LABELS: Record<DeadlineMoveCause, string> = {
  rescheduled: 'Lịch kiểm tra thay đổi',
  calendar_edited: 'Lịch nghỉ của năm được điều chỉnh',
};

/** One deadline whose due date changed, with the words the inspection's history shows. */
export interface DeadlineMove {
  key: string;
  label: string;
  from: LocalDate;
  to: LocalDate;
  text: string;
}

/**
 * The deadlines an edit moved, compared by key: those present on both sides that still apply.
 * @example deadlineMoves(before, after, 'Lịch kiểm tra thay đổi')
 *   // [{ key: 'SCHEDULE_NOTICE', from: 19/04, to: 26/04, text: 'Thông báo lịch kiểm tra: hạn 19/04/2024 → 26/04/2024 (Lịch kiểm tra thay đổi)' }]
 */
export function deadlineMoves(
  before: readonly InspectionDeadline[],
  after: readonly InspectionDeadline[],
  why: string,
): DeadlineMove[] {
  const moves: DeadlineMove[] = [];
  for (const next of after) {
    const previous = before.find((b) => b.key === next.key);
    if (previous === undefined || previous.dueDate === next.dueDate) continue;
    if (next.state.kind === 'not_applicable') continue;
    moves.push({
      key: next.key,
      label: next.label,
      from: previous.dueDate,
      to: next.dueDate,
      text: `${next.label}: hạn ${formatVietnamese(previous.dueDate)} → ${formatVietnamese(next.dueDate)} (${why})`,
    });
  }
  return moves;
}
