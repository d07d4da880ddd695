import type { DeadlineCode } from '../calendar/deadline-rules.js';
import type { InspectionDeadline } from '../deadlines/act-deadline.js';
import { VISIT_DEADLINE_CODES } from '../deadlines/visit-deadlines.js';
import { TARGET_GROUP_LABELS, type TargetGroup } from '../plan/vocabulary.js';

/** One visit as the leadership view counts it. */
export interface OverviewVisit {
  inspectionId: string;
  unitId: string;
  unitName: string;
  teamName: string | null;
  group: TargetGroup;
  planId: string;
  /** 'Kế hoạch của tỉnh' or 'Kế hoạch của UBND xã …' (planRollup's level label). */
  planLabel: string;
  deadlines: readonly InspectionDeadline[];
}

/** The outcome of one legal deadline over some visits, each with the visits behind it (for drill-down). */
export interface RateCell {
  onTime: string[];
  late: string[];
  missed: string[];
  /** Due, not done yet: not counted in the rate. */
  pending: string[];
  /** On time out of those decided (on time, late, missed); null when none is decided. */
  rate: number | null;
}

export type OverviewDimension = 'unit' | 'team' | 'group' | 'plan';

export interface RateRow {
  key: string;
  label: string;
  cells: Record<DeadlineCode, RateCell>;
}

const emptyCells = (): Record<DeadlineCode, RateCell> =>
  Object.fromEntries(
    VISIT_DEADLINE_CODES.map((c) => [c, { onTime: [], late: [], missed: [], pending: [], rate: null }]),
  ) as unknown as Record<DeadlineCode, RateCell>;

const push = (list: string[], id: string) => {
  if (!list.includes(id)) list.push(id);
};

function count(cells: Record<DeadlineCode, RateCell>, visit: OverviewVisit): void {
  for (const d of visit.deadlines) {
    const cell = cells[d.code];
    const id = visit.inspectionId;
    if (d.state.kind === 'met_on_time') push(cell.onTime, id);
    else if (d.state.kind === 'met_late') push(cell.late, id);
    else if (d.state.kind === 'missed') push(cell.missed, id);
    else if (d.state.kind === 'due_in') push(cell.pending, id);
  }
}

function finish(cells: Record<DeadlineCode, RateCell>): Record<DeadlineCode, RateCell> {
  for (const cell of Object.values(cells)) {
    const decided = cell.onTime.length + cell.late.length + cell.missed.length;
    cell.rate = decided === 0 ? null : cell.onTime.length / decided;
  }
  return cells;
}

function keyOf(v: OverviewVisit, by: OverviewDimension): { key: string; label: string } {
  if (by === 'unit') return { key: v.unitId, label: v.unitName };
  if (by === 'team') return { key: v.teamName ?? '', label: v.teamName ?? 'Chưa phân công Đoàn' };
  if (by === 'plan') return { key: v.planId, label: v.planLabel };
  return { key: v.group, label: TARGET_GROUP_LABELS[v.group] };
}

/**
 * The on-time rate of each legal deadline, per unit, team, group of units or plan, and for all: the acts
 * done by their due date out of those done or overdue. A remediation counts a visit once per outcome.
 * @example onTimeRates(visits, 'team').total.UNIT_REPORT.rate // 0.75
 */
export function onTimeRates(
  visits: readonly OverviewVisit[],
  by: OverviewDimension,
): { rows: RateRow[]; total: Record<DeadlineCode, RateCell> } {
  const rows = new Map<string, RateRow>();
  const total = emptyCells();
  for (const v of visits) {
    const { key, label } = keyOf(v, by);
    let row = rows.get(key);
    if (row === undefined) {
      row = { key, label, cells: emptyCells() };
      rows.set(key, row);
    }
    count(row.cells, v);
    count(total, v);
  }
  const sorted = [...rows.values()].sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  for (const r of sorted) finish(r.cells);
  return { rows: sorted, total: finish(total) };
}

/**
 * A rate as people read it, "75%" or "—" when nothing is decided yet.
 * @example rateLabel(0.756) // '76%'
 */
export function rateLabel(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}
