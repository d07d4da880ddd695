import type { Overview } from '$lib/api-types';

type Outcome = 'onTime' | 'late' | 'missed' | 'pending';
export const OUTCOME_LABELS: Record<Outcome, string> = {
  onTime: 'đúng hạn',
  late: 'trễ hạn',
  missed: 'quá hạn chưa thực hiện',
  pending: 'đang trong hạn',
};

/**
 * The visits behind one figure of the view and what the figure is, from its key in the address:
 * `rate.<code>.<outcome>.<row key or "all">`, `finding.<area>.<kind>`, `rec-state.<status>`,
 * `rec-age.<band>`, `repeated.<unit id>.<area>`, `progress.<done|open>`,
 * `plan.<plan id>.<done|open|shortcoming|violation|rec-overdue>`, `responsible.<area>.<holder index>`.
 */
export function drillDown(o: Overview, figure: string): { title: string; ids: string[] } | null {
  const [section, a = '', b = '', ...rest] = figure.split('.');
  const c = rest.join('.');
  if (section === 'rate') {
    const code = o.deadlineCodes.find((x) => x.code === a);
    const row =
      c === 'all' ? { label: 'Tất cả', cells: o.rates.total } : o.rates.rows.find((r) => r.key === c);
    const cell = row?.cells[a as keyof typeof o.rates.total];
    if (!code || !row || !cell || !(b in OUTCOME_LABELS)) return null;
    return {
      title: `${code.label} — ${OUTCOME_LABELS[b as Outcome]} — ${row.label}`,
      ids: cell.ids[b as Outcome],
    };
  }
  if (section === 'finding') {
    const area = o.findings.find((f) => f.area === a);
    if (!area || (b !== 'shortcoming' && b !== 'violation')) return null;
    return {
      title: `${area.label} — ${b === 'shortcoming' ? 'hạn chế' : 'vi phạm'}`,
      ids: area[b].inspectionIds,
    };
  }
  if (section === 'rec-state') {
    const s = o.recommendations.byState.find((x) => x.status === a);
    return s ? { title: `Kiến nghị ${s.label.toLowerCase()}`, ids: s.inspectionIds } : null;
  }
  if (section === 'rec-age') {
    const s = o.recommendations.byAge.find((x) => x.key === a);
    return s ? { title: `Kiến nghị ${s.label.toLowerCase()}`, ids: s.inspectionIds } : null;
  }
  if (section === 'repeated') {
    const r = o.repeated.find((x) => x.unitId === a && x.area === b);
    return r ? { title: `${r.unitName} — ${r.areaLabel}`, ids: r.inspectionIds } : null;
  }
  if (section === 'progress' && (a === 'done' || a === 'open')) {
    return {
      title: a === 'done' ? 'Cuộc kiểm tra đã kết luận' : 'Cuộc kiểm tra chưa kết luận',
      ids: a === 'done' ? o.progress.doneIds : o.progress.openIds,
    };
  }
  if (section === 'plan') return planFigure(o, a, b);
  if (section === 'responsible') {
    const area = o.responsibilities.find((x) => x.area === a);
    const holder = area?.holders[Number(b)];
    return area && holder
      ? {
          title: `${area.label} — trách nhiệm của ${holder.holder} (${holder.unitName})`,
          ids: holder.inspectionIds,
        }
      : null;
  }
  return null;
}

const PLAN_FIGURES = {
  done: 'cuộc kiểm tra đã kết luận',
  open: 'cuộc kiểm tra chưa kết luận',
  shortcoming: 'hạn chế',
  violation: 'vi phạm',
  'rec-overdue': 'kiến nghị quá hạn',
} as const;

function planFigure(o: Overview, planId: string, figure: string): { title: string; ids: string[] } | null {
  const row = o.rollup.find((r) => r.planId === planId);
  if (!row || !(figure in PLAN_FIGURES)) return null;
  const key = figure as keyof typeof PLAN_FIGURES;
  const ids = {
    done: row.progress.doneIds,
    open: row.progress.openIds,
    shortcoming: row.shortcomings.inspectionIds,
    violation: row.violations.inspectionIds,
    'rec-overdue': row.recommendations.overdueIds,
  }[key];
  return { title: `${row.levelLabel} — ${PLAN_FIGURES[key]}`, ids };
}
