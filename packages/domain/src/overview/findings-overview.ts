import { CONTENT_AREAS, FINDING_AREA_LABELS, type FindingArea } from '../inspection/content-areas.js';
import type { FindingKind } from '../inspection/findings.js';

/** Findings of one unit, year, area and kind (counted in SQL), with the visits behind them. */
export interface OverviewFinding {
  unitId: string;
  unitName: string;
  year: number;
  area: FindingArea;
  kind: FindingKind;
  count: number;
  inspectionIds: readonly string[];
}

export interface AreaRow {
  area: FindingArea;
  label: string;
  shortcoming: { count: number; inspectionIds: string[] };
  violation: { count: number; inspectionIds: string[] };
}

const tally = (of: readonly OverviewFinding[]) => ({
  count: of.reduce((n, f) => n + f.count, 0),
  inspectionIds: [...new Set(of.flatMap((f) => f.inspectionIds))],
});

/**
 * Shortcomings and violations per area: the seven CCHC areas always (zeros included), a thematic
 * topic only when it has findings.
 * @example findingsByArea(findings)[2] // { area: 'A3', shortcoming: { count: 4, … }, violation: { count: 1, … } }
 */
export function findingsByArea(findings: readonly OverviewFinding[]): AreaRow[] {
  const areas = new Set<FindingArea>([...CONTENT_AREAS, ...findings.map((f) => f.area)]);
  return [...areas].map((area) => {
    const of = findings.filter((f) => f.area === area);
    return {
      area,
      label: FINDING_AREA_LABELS[area],
      shortcoming: tally(of.filter((f) => f.kind === 'shortcoming')),
      violation: tally(of.filter((f) => f.kind === 'violation')),
    };
  });
}

export interface RepeatedShortcoming {
  unitId: string;
  unitName: string;
  area: FindingArea;
  areaLabel: string;
  years: number[];
  inspectionIds: string[];
}

/**
 * Units found short (a shortcoming or a violation) in the same area in two years or more, the most
 * repeated first.
 * @example repeatedShortcomings(findings)[0] // { unitName: 'UBND huyện Tây Sơn', area: 'A3', years: [2023, 2024], … }
 */
export function repeatedShortcomings(findings: readonly OverviewFinding[]): RepeatedShortcoming[] {
  const groups = new Map<string, OverviewFinding[]>();
  for (const f of findings) {
    if (f.kind === 'achievement') continue;
    const key = `${f.unitId}|${f.area}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()]
    .map((of) => {
      const first = of[0] as OverviewFinding;
      return {
        unitId: first.unitId,
        unitName: first.unitName,
        area: first.area,
        areaLabel: FINDING_AREA_LABELS[first.area],
        years: [...new Set(of.map((f) => f.year))].sort(),
        inspectionIds: [...new Set(of.flatMap((f) => f.inspectionIds))],
      };
    })
    .filter((r) => r.years.length >= 2)
    .sort((a, b) => b.years.length - a.years.length || a.unitName.localeCompare(b.unitName, 'vi'));
}
