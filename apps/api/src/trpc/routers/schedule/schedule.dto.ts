import type { InspectionRecord, ScheduleNoticeRecord } from '@kiemtra/db';
import type { InspectionDeadline, PlanningIssue } from '@kiemtra/domain';
import { toDeadlineSummaryDto } from '../../dto/deadline.dto.js';
import { toInspectionDto } from '../../dto/inspection.dto.js';

/** A visit after a scheduling step: its schedule, its deadlines, and what stays as a warning. */
export function toScheduledInspectionDto(
  i: InspectionRecord,
  deadlines: readonly InspectionDeadline[],
  warnings: readonly PlanningIssue[],
) {
  return {
    ...toInspectionDto(i),
    visitDates: i.visitDates,
    lateNoticeReason: i.lateNoticeReason,
    currentNoticeDate: i.currentNoticeDate,
    deadlines: deadlines.map(toDeadlineSummaryDto),
    warnings: warnings.map((w) => ({ code: w.code, message: w.message, field: w.field ?? null })),
  };
}

export function toNoticeDto(n: ScheduleNoticeRecord) {
  return {
    id: n.id,
    number: n.number,
    date: n.noticeDate,
    recipients: n.recipients,
    state: n.state,
    stateLabel: n.state === 'current' ? 'Đang có hiệu lực' : 'Đã được thay thế',
    amendsNumber: n.amendsNumber,
    visitDates: n.visitDates,
    deadlines: n.deadlines,
    lateNoticeReason: n.lateNoticeReason,
    recordedAt: n.createdAt,
  };
}
