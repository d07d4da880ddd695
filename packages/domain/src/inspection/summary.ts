import type { DeadlineReading, DeadlineRule } from '../calendar/deadline-rules.js';
import type { LocalDate } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { ActState } from '../deadlines/act-labels.js';
import { type UnitReportFacts, type VisitFacts, visitDeadlines } from '../deadlines/visit-deadlines.js';
import type { InspectionForm, InspectionStatus } from '../plan/vocabulary.js';
import { FINDING_AREA_LABELS, FINDING_AREAS, type FindingArea } from './content-areas.js';
import {
  FINDING_KINDS,
  type FindingFacts,
  type FindingKind,
  VIOLATION_SEVERITIES,
  type ViolationSeverity,
} from './findings.js';
import {
  isOverdue,
  RECOMMENDATION_STATUSES,
  type Recommendation,
  type RecommendationStatus,
  remediatedOnTime,
} from './recommendations.js';
import { roundEnd } from './rounds.js';

/** One inspection of the round, with what the summary reads of it. */
export interface SummaryInspection {
  id: string;
  unit: { id: string; name: string };
  status: InspectionStatus;
  /** On-site unless said otherwise; a desk inspection has no schedule notice. */
  form?: InspectionForm;
  dates: readonly LocalDate[];
  scheduleNoticeSentOn?: LocalDate;
  unitReport?: UnitReportFacts;
  conclusionNoticeSentOn?: LocalDate;
  findings: readonly (FindingFacts & { severity?: ViolationSeverity })[];
  recommendations: readonly Recommendation[];
}

/** The deadlines of each visit the summary counts (the summary's own and remediation are counted apart). */
export const COMPLIANCE_CODES = ['SCHEDULE_NOTICE', 'UNIT_REPORT', 'CONCLUSION_NOTICE'] as const;
type ComplianceCode = (typeof COMPLIANCE_CODES)[number];
const isComplianceCode = (code: string): code is ComplianceCode =>
  (COMPLIANCE_CODES as readonly string[]).includes(code);

/** How many inspections met a deadline on time, late, missed it, or are still within it. */
export interface ComplianceCount {
  onTime: number;
  late: number;
  missed: number;
  pending: number;
}

export interface AreaFindingCount {
  area: FindingArea;
  label: string;
  counts: Record<FindingKind, number>;
}

export interface RecommendationCounts {
  total: number;
  byStatus: Record<RecommendationStatus, number>;
  overdue: number;
  remediatedOnTime: number;
}

/** One unit's results, for the province's CCHC ranking (seed I.1: results feed the ranking). */
export interface UnitResult {
  unitId: string;
  unitName: string;
  inspected: boolean;
  inspectionIds: string[];
  findingsByKind: Record<FindingKind, number>;
  recommendations: RecommendationCounts;
}

export interface SummaryDraft {
  roundId: string;
  roundEnd: LocalDate | undefined;
  unitsInspected: { id: string; name: string }[];
  /** Inspections of the round not concluded yet: their findings are drafts and are not counted. */
  inspectionsNotConcluded: string[];
  deadlineCompliance: Record<ComplianceCode, ComplianceCount>;
  findingsByArea: AreaFindingCount[];
  findingsByKind: Record<FindingKind, number>;
  violationsBySeverity: Record<ViolationSeverity, number>;
  recommendations: RecommendationCounts;
  overdueRecommendationIds: string[];
  units: UnitResult[];
}

const INSPECTED: readonly InspectionStatus[] = ['in_progress', 'concluded', 'closed'];
const CONCLUDED: readonly InspectionStatus[] = ['concluded', 'closed'];

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const emptyRecommendationCounts = (): RecommendationCounts => ({
  total: 0,
  byStatus: zeros(RECOMMENDATION_STATUSES),
  overdue: 0,
  remediatedOnTime: 0,
});

function bucket(state: ActState): keyof ComplianceCount | undefined {
  switch (state.kind) {
    case 'not_applicable':
      return undefined;
    case 'met_on_time':
      return 'onTime';
    case 'met_late':
      return 'late';
    case 'missed':
      return 'missed';
    case 'due_in':
    case 'not_due':
      return 'pending';
  }
}

function countRecommendation(counts: RecommendationCounts, r: Recommendation, today: LocalDate): boolean {
  counts.total += 1;
  counts.byStatus[r.state.status] += 1;
  if (remediatedOnTime(r)) counts.remediatedOnTime += 1;
  const overdue = isOverdue(r, today);
  if (overdue) counts.overdue += 1;
  return overdue;
}

/**
 * The draft of a round's summary report to UBND tỉnh (seed III.2.e) and the per-unit results for
 * the ranking: units inspected; deadline compliance of the schedule notice, the unit report and
 * the conclusion notice (through visitDeadlines, the one rule for every surface); findings by area, kind
 * and severity, and recommendations by state, of concluded inspections only; overdue ones. Pass
 * `units` (the plan's targets) to list units not inspected too.
 * @example assembleSummary({ round: { id: 'd1', inspections }, rules: DEFAULT_DEADLINE_RULES_2024, calendar, today })
 *   .deadlineCompliance.CONCLUSION_NOTICE // { onTime: 1, late: 1, missed: 0, pending: 0 }
 */
export function assembleSummary(input: {
  round: { id: string; inspections: readonly SummaryInspection[] };
  units?: readonly { id: string; name: string }[];
  rules: readonly DeadlineRule[];
  calendar: WorkingCalendar;
  today: LocalDate;
  reading?: DeadlineReading;
}): SummaryDraft {
  const { round, rules, calendar, today } = input;
  const inspections = round.inspections.filter((i) => i.status !== 'cancelled');

  const deadlineCompliance = Object.fromEntries(
    COMPLIANCE_CODES.map((c) => [c, { onTime: 0, late: 0, missed: 0, pending: 0 }]),
  ) as Record<ComplianceCode, ComplianceCount>;
  const byArea = new Map<FindingArea, Record<FindingKind, number>>();
  const findingsByKind = zeros(FINDING_KINDS);
  const violationsBySeverity = zeros(VIOLATION_SEVERITIES);
  const recommendations = emptyRecommendationCounts();
  const overdueRecommendationIds: string[] = [];
  const unitsInspected: { id: string; name: string }[] = [];
  const inspectionsNotConcluded: string[] = [];

  const units = new Map<string, UnitResult>();
  const unitResult = (unit: { id: string; name: string }): UnitResult => {
    const existing = units.get(unit.id);
    if (existing) return existing;
    const created: UnitResult = {
      unitId: unit.id,
      unitName: unit.name,
      inspected: false,
      inspectionIds: [],
      findingsByKind: zeros(FINDING_KINDS),
      recommendations: emptyRecommendationCounts(),
    };
    units.set(unit.id, created);
    return created;
  };
  for (const u of input.units ?? []) unitResult(u);

  for (const i of inspections) {
    const unit = unitResult(i.unit);
    unit.inspectionIds.push(i.id);
    if (INSPECTED.includes(i.status) && !unit.inspected) {
      unit.inspected = true;
      unitsInspected.push({ id: i.unit.id, name: i.unit.name });
    }

    const facts: VisitFacts = { status: i.status, form: i.form ?? 'on_site', visitDates: i.dates };
    if (i.scheduleNoticeSentOn !== undefined) facts.scheduleNoticeSentOn = i.scheduleNoticeSentOn;
    if (i.unitReport !== undefined) facts.unitReport = i.unitReport;
    if (i.conclusionNoticeSentOn !== undefined) facts.conclusionNoticeSentOn = i.conclusionNoticeSentOn;
    const reading = input.reading ?? 'A';
    for (const dl of visitDeadlines({ facts, rules, reading, calendar, today })) {
      const where = bucket(dl.state);
      if (isComplianceCode(dl.code) && where !== undefined) deadlineCompliance[dl.code][where] += 1;
    }

    if (!CONCLUDED.includes(i.status)) {
      inspectionsNotConcluded.push(i.id);
      continue;
    }
    for (const f of i.findings) {
      findingsByKind[f.kind] += 1;
      unit.findingsByKind[f.kind] += 1;
      const area = byArea.get(f.area) ?? zeros(FINDING_KINDS);
      area[f.kind] += 1;
      byArea.set(f.area, area);
      if (f.kind === 'violation' && f.severity !== undefined) violationsBySeverity[f.severity] += 1;
    }
    for (const r of i.recommendations) {
      if (countRecommendation(recommendations, r, today)) overdueRecommendationIds.push(r.id);
      countRecommendation(unit.recommendations, r, today);
    }
  }

  const findingsByArea: AreaFindingCount[] = [];
  for (const area of FINDING_AREAS) {
    const counts = byArea.get(area);
    if (counts) findingsByArea.push({ area, label: FINDING_AREA_LABELS[area], counts });
  }

  return {
    roundId: round.id,
    roundEnd: roundEnd(inspections),
    unitsInspected,
    inspectionsNotConcluded,
    deadlineCompliance,
    findingsByArea,
    findingsByKind,
    violationsBySeverity,
    recommendations,
    overdueRecommendationIds,
    units: [...units.values()],
  };
}
