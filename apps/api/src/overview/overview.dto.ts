import {
  DEFAULT_DEADLINE_RULES_2024,
  type DeadlineCode,
  formatVietnamese,
  INSPECTION_STATUS_LABELS,
  type RateCell,
  rateLabel,
  VISIT_DEADLINE_CODES,
} from '@kiemtra/domain';
import type { ProgrammeOverview } from './programme-overview.js';

const cellDto = (c: RateCell) => ({
  onTime: c.onTime.length,
  late: c.late.length,
  missed: c.missed.length,
  pending: c.pending.length,
  rate: c.rate,
  rateLabel: rateLabel(c.rate),
  ids: { onTime: c.onTime, late: c.late, missed: c.missed, pending: c.pending },
});

const cellsDto = (cells: Record<DeadlineCode, RateCell>) =>
  Object.fromEntries(VISIT_DEADLINE_CODES.map((code) => [code, cellDto(cells[code])])) as Record<
    DeadlineCode,
    ReturnType<typeof cellDto>
  >;

/** What the leadership view shows: numbers, their words, and the visits behind each figure. */
export function toOverviewDto(o: ProgrammeOverview) {
  return {
    year: o.year,
    planId: o.planId,
    years: o.years,
    plans: o.plans,
    by: o.by,
    deadlineCodes: VISIT_DEADLINE_CODES.map((code) => ({
      code,
      label: DEFAULT_DEADLINE_RULES_2024.find((r) => r.code === code)?.label ?? code,
    })),
    rates: {
      rows: o.rates.rows.map((r) => ({ key: r.key, label: r.label, cells: cellsDto(r.cells) })),
      total: cellsDto(o.rates.total),
    },
    findings: o.findings,
    responsibilities: o.responsibilities,
    repeated: o.repeated,
    recommendations: {
      byState: o.recommendations.byState,
      byAge: o.recommendations.byAge,
      // The longest overdue first; a page shows the first hundred.
      list: o.recommendations.list.slice(0, 100).map((r) => ({
        id: r.id,
        inspectionId: r.inspectionId,
        unitName: r.unitName,
        action: r.action,
        status: r.status,
        dueDateText: r.dueDate === undefined ? null : formatVietnamese(r.dueDate),
        daysOverdue: r.daysOverdue,
      })),
      total: o.recommendations.list.length,
    },
    progress: { ...o.progress, rateLabel: rateLabel(o.progress.rate) },
    rollup: o.rollup.map((r) => ({
      ...r,
      progress: { ...r.progress, rateLabel: rateLabel(r.progress.rate) },
    })),
    inspections: o.inspections.map((i) => ({ ...i, statusLabel: INSPECTION_STATUS_LABELS[i.status] })),
  };
}

export type OverviewDto = ReturnType<typeof toOverviewDto>;
