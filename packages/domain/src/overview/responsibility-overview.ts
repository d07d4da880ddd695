import { FINDING_AREA_LABELS, type FindingArea } from '../inspection/content-areas.js';
import type { FindingKind, ResponsibleKind } from '../inspection/findings.js';
import { RESPONSIBLE_KIND_LABELS } from '../inspection/findings.js';

/** One responsibility named in a finding, as stored with it (seed I.2: "trách nhiệm của tập thể, cá nhân"). */
export interface NamedResponsibility {
  area: FindingArea;
  kind: FindingKind;
  holderKind: ResponsibleKind;
  holder: string;
  unitName: string;
  inspectionId: string;
}

export interface ResponsibleHolder {
  holder: string;
  holderKind: ResponsibleKind;
  holderKindLabel: string;
  unitName: string;
  /** Shortcomings and violations this holder answers for. */
  count: number;
  inspectionIds: string[];
}

export interface AreaResponsibility {
  area: FindingArea;
  label: string;
  individual: number;
  collective: number;
  holders: ResponsibleHolder[];
}

/**
 * Who answers for the shortcomings and violations of each CCHC area: collectives and individuals
 * counted, each holder named with its unit, the most often named first. Achievements name nobody.
 * @example responsibilitiesByArea(rows)[0] // { area: 'A3', individual: 1, collective: 2, holders: [{ holder: 'Văn phòng HĐND và UBND huyện', count: 2, … }] }
 */
export function responsibilitiesByArea(rows: readonly NamedResponsibility[]): AreaResponsibility[] {
  const byArea = new Map<FindingArea, Map<string, ResponsibleHolder>>();
  for (const r of rows) {
    if (r.kind === 'achievement') continue;
    const holders = byArea.get(r.area) ?? new Map<string, ResponsibleHolder>();
    byArea.set(r.area, holders);
    const key = `${r.holderKind}|${r.holder.trim().toLocaleLowerCase('vi')}|${r.unitName}`;
    const holder = holders.get(key) ?? {
      holder: r.holder.trim(),
      holderKind: r.holderKind,
      holderKindLabel: RESPONSIBLE_KIND_LABELS[r.holderKind],
      unitName: r.unitName,
      count: 0,
      inspectionIds: [],
    };
    holder.count += 1;
    if (!holder.inspectionIds.includes(r.inspectionId)) holder.inspectionIds.push(r.inspectionId);
    holders.set(key, holder);
  }
  return [...byArea.entries()]
    .map(([area, holders]) => {
      const list = [...holders.values()].sort(
        (a, b) => b.count - a.count || a.holder.localeCompare(b.holder, 'vi'),
      );
      const sum = (kind: ResponsibleKind) =>
        list.filter((h) => h.holderKind === kind).reduce((n, h) => n + h.count, 0);
      return {
        area,
        label: FINDING_AREA_LABELS[area],
        individual: sum('individual'),
        collective: sum('collective'),
        holders: list,
      };
    })
    .sort((a, b) => a.area.localeCompare(b.area));
}
