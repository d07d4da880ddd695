import type {
  ConclusionRecord,
  FindingRecord,
  InspectionRecord,
  PlanForPlanning,
  RecommendationRecord,
  TeamRecord,
} from '@kiemtra/db';
import {
  type ConclusionNoticeDocumentInput,
  documentFindings,
  documentRecommendations,
  parseReference,
} from '@kiemtra/documents';
import { type Finding, remediationReportDue } from '@kiemtra/domain';
import { toRecommendation } from '../inspection/recommendation-model.js';
import { type PlanLetterheads, planDecisionText, teamDecisionText } from './letterhead.js';

/** A stored finding as the domain models it: a severity only on a violation. */
function asFinding(f: FindingRecord): Finding {
  return {
    id: f.id,
    area: f.area,
    kind: f.kind,
    description: f.description,
    ...(f.severity === null ? {} : { severity: f.severity }),
    responsibilities: f.responsibilities.map((r) => ({ ...r })),
  } as Finding;
}

/**
 * The conclusion notice (Thông báo kết luận kiểm tra) of a visit from what the team stored: its
 * findings and its own recommendations (those taken over from an earlier conclusion are not part of
 * this notice), numbered and dated once issued, a draft before.
 */
export function conclusionNoticeSource(input: {
  plan: PlanForPlanning;
  inspection: InspectionRecord;
  team: TeamRecord | null;
  conclusion: ConclusionRecord | null;
  findings: readonly FindingRecord[];
  recommendations: readonly RecommendationRecord[];
  letterheads: PlanLetterheads;
}): ConclusionNoticeDocumentInput {
  const { plan, inspection, team, conclusion, letterheads } = input;
  const leader = team?.members.find((m) => m.role === 'leader');
  const issued = conclusion?.noticeNumber && conclusion.noticeDate ? conclusion : null;
  const unit = letterheads.unit(inspection.orgUnitId);
  const recommendations = documentRecommendations(
    input.recommendations.filter((r) => r.earlierConclusionId === null).map(toRecommendation),
  );
  const teamDecision = team ? teamDecisionText(team) : null;
  const reportDue = remediationReportDue(recommendations.map((r) => r.dueDate));
  return {
    frame: {
      issuer: {
        parent: team ? letterheads.unit(team.leadAgencyId).name : letterheads.provinceLine,
        name: 'ĐOÀN KIỂM TRA CCHC',
      },
      reference: issued
        ? parseReference(issued.noticeNumber ?? '', 'TB-ĐKT')
        : { number: null, symbol: 'TB-ĐKT' },
      place: letterheads.place,
      date: issued?.noticeDate ?? null,
      draftYear: plan.year,
      recipients: [unit.name, 'UBND tỉnh (b/c)', 'Sở Nội vụ'],
      archive: 'VT, ĐKT',
      signer: { title: 'TRƯỞNG ĐOÀN', name: leader?.fullName ?? '' },
    },
    unitName: unit.name,
    teamName: team?.name ?? 'Đoàn kiểm tra',
    grounds: [planDecisionText(plan), ...(teamDecision ? [teamDecision] : [])],
    inspectionDates: [...inspection.visitDates].sort(),
    generalAssessment: conclusion?.generalAssessment ?? '',
    findings: documentFindings(input.findings.map(asFinding)),
    recommendations,
    remediationReportTo: 'Đoàn kiểm tra (qua Sở Nội vụ)',
    ...(reportDue ? { remediationReportDue: reportDue } : {}),
  };
}
