import {
  type Finding,
  isOverdue,
  type LocalDate,
  RECOMMENDATION_STATUS_LABELS,
  type RecommendationDraft,
  type SummaryDraft,
  type SummaryInspection,
  toIsoDate,
} from '@kiemtra/domain';
import type { ConclusionNoticeDocumentInput } from './documents/conclusion-notice.js';
import type { SummaryReportInput } from './documents/summary-report.js';

/**
 * The domain's findings (packages/domain/src/inspection/findings.ts) as the conclusion notice takes
 * them: the same fields, nothing to convert.
 */
export function documentFindings(findings: readonly Finding[]): ConclusionNoticeDocumentInput['findings'] {
  return findings.map((f) => ({ ...f }));
}

/** The domain's recommendation drafts with their due dates as yyyy-mm-dd. */
export function documentRecommendations(
  recommendations: readonly RecommendationDraft[],
): ConclusionNoticeDocumentInput['recommendations'] {
  return recommendations.map((r) => ({
    id: r.id,
    action: r.action,
    responsible: r.responsible,
    ...(r.dueDate === undefined ? {} : { dueDate: toIsoDate(r.dueDate) }),
    findingIds: [...(r.findingIds ?? [])],
  }));
}

/** assembleSummary's SummaryDraft as the summary report takes it: its round end as yyyy-mm-dd. */
export function documentSummary(draft: SummaryDraft): {
  summary: SummaryReportInput['summary'];
  roundEnd?: string;
} {
  const end: LocalDate | undefined = draft.roundEnd;
  return {
    summary: {
      unitsInspected: draft.unitsInspected,
      deadlineCompliance: draft.deadlineCompliance,
      findingsByArea: draft.findingsByArea.map((a) => ({ area: a.area, counts: a.counts })),
      findingsByKind: draft.findingsByKind,
      violationsBySeverity: draft.violationsBySeverity,
      recommendations: draft.recommendations,
      units: draft.units.map((u) => ({
        unitName: u.unitName,
        inspected: u.inspected,
        findingsByKind: u.findingsByKind,
        recommendations: u.recommendations,
      })),
    },
    ...(end === undefined ? {} : { roundEnd: toIsoDate(end) }),
  };
}

/**
 * What the round's conclusions found and recommended, unit by unit, for the summary report: the
 * visits the draft counts as concluded only, so that the text and the figures agree.
 */
export function summaryDetails(
  draft: SummaryDraft,
  inspections: readonly SummaryInspection[],
  today: LocalDate,
): Pick<SummaryReportInput, 'findings' | 'recommendations'> {
  const concluded = inspections.filter((i) => !draft.inspectionsNotConcluded.includes(i.id));
  return {
    findings: concluded.flatMap((i) =>
      i.findings.map((f) => ({
        unitName: i.unit.name,
        area: f.area,
        kind: f.kind,
        description: f.description,
        ...(f.severity === undefined ? {} : { severity: f.severity }),
        responsible: (f.responsibilities ?? []).map((r) => r.holder.trim()).filter((h) => h !== ''),
      })),
    ),
    recommendations: concluded.flatMap((i) =>
      i.recommendations.map((r) => ({
        unitName: i.unit.name,
        action: r.action,
        ...(r.dueDate === undefined ? {} : { dueDate: toIsoDate(r.dueDate) }),
        stateLabel: RECOMMENDATION_STATUS_LABELS[r.state.status],
        overdue: isOverdue(r, today),
      })),
    ),
  };
}
