import type { toDeadlineSummaryDto } from '../trpc/dto/deadline.dto.js';

/** A deadline as /api/v1 says it (see deadlineSchema). */
export const restDeadline = (d: ReturnType<typeof toDeadlineSummaryDto>) => ({
  code: d.code,
  key: d.key,
  label: d.label,
  dueDate: d.dueDate,
  doneOn: d.doneOn,
  state: { ...d.state },
  stateLabel: d.stateLabel,
  provisional: d.provisional,
});
