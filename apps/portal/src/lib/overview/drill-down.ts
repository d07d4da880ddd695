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
 * `rec-age.<band>`, `repeated.<unit id>.<area>`, `progress.<done|open>`.
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
  return null;
}
