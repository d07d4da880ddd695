import type { DeadlineMoveRecord } from '@kiemtra/db';
import {
  type ComputedDeadline,
  explanationToText,
  formatVietnamese,
  type InspectionDeadline,
  parseIsoDate,
  toIsoDate,
} from '@kiemtra/domain';

export function toDeadlineSummaryDto(d: InspectionDeadline) {
  return {
    code: d.code,
    key: d.key,
    label: d.label,
    dueDate: toIsoDate(d.dueDate),
    dueDateText: formatVietnamese(d.dueDate),
    doneOn: d.doneOn === undefined ? null : toIsoDate(d.doneOn),
    state: d.state,
    stateLabel: d.stateLabel,
    provisional: d.provisional,
    historical: d.historical,
    note: d.note ?? null,
  };
}

/** The deadline with its explanation, as lines to show and as the days walked over. */
export function toDeadlineExplanationDto(computed: ComputedDeadline) {
  const e = computed.explanation;
  const step = (s: (typeof e.steps)[number]) => ({
    date: toIsoDate(s.date),
    counted: s.counted,
    ordinal: s.ordinal ?? null,
    label: s.label,
  });
  return {
    dueDate: toIsoDate(computed.dueDate),
    dueDateText: formatVietnamese(computed.dueDate),
    reading: e.reading ?? null,
    lines: explanationToText(e),
    steps: e.steps.map(step),
    otherReading: e.otherReading
      ? { reading: e.otherReading.reading, dueDate: toIsoDate(e.otherReading.dueDate) }
      : null,
  };
}

export function toInspectionDeadlineDto(d: InspectionDeadline) {
  return {
    ...toDeadlineSummaryDto(d),
    explanation: toDeadlineExplanationDto({ dueDate: d.dueDate, explanation: d.explanation }),
  };
}

/** One moved due date as the visit's history shows it. */
export function toDeadlineMoveDto(m: DeadlineMoveRecord) {
  const from = formatVietnamese(parseIsoDate(m.fromDate));
  const to = formatVietnamese(parseIsoDate(m.toDate));
  return {
    id: m.id,
    key: m.deadlineKey,
    label: m.label,
    fromDate: m.fromDate,
    toDate: m.toDate,
    cause: m.cause,
    reason: m.reason,
    actorName: m.actorName,
    movedAt: m.movedAt.toISOString(),
    text: `${m.label}: hạn ${from} → ${to} (${m.reason})`,
  };
}
