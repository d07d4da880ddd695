import {
  type Finding,
  type LocalDate,
  type RecommendationDraft,
  type SummaryDraft,
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
