import type { RecommendationRecord } from '@kiemtra/db';
import {
  formatVietnamese,
  type LocalDate,
  overdueLabel,
  parseIsoDate,
  RECOMMENDATION_STATUS_LABELS,
  REMEDIATION_DECISION_LABELS,
  REMEDIATION_STATE_LABELS,
  type Recommendation,
  type RecommendationState,
} from '@kiemtra/domain';

/** A stored recommendation as the domain's rules read it. */
export function toRecommendation(r: RecommendationRecord): Recommendation {
  const state: RecommendationState = { status: r.status };
  const last = r.reports.at(-1);
  if (last) {
    state.lastReport = {
      state: last.state,
      actionsTaken: last.actionsTaken,
      evidenceRefs: last.evidenceRefs,
      submittedOn: parseIsoDate(last.submittedOn),
    };
  }
  if (r.returnReason !== null) state.returnReason = r.returnReason;
  if (r.doneOn !== null) state.doneOn = parseIsoDate(r.doneOn);
  if (r.carryOverReason !== null) state.carryOverReason = r.carryOverReason;
  const rec: Recommendation = {
    id: r.id,
    action: r.action,
    responsible: r.responsible,
    findingIds: r.findingIds,
    state,
  };
  if (r.dueDate !== null) rec.dueDate = parseIsoDate(r.dueDate);
  if (r.earlierConclusionId !== null && r.earlierOrigin !== null) {
    rec.origin = {
      kind: 'earlier_conclusion',
      conclusionId: r.earlierConclusionId,
      year: r.earlierOrigin.year,
    };
  } else if (r.inspectionId !== null) {
    rec.origin = { kind: 'inspection', inspectionId: r.inspectionId };
  }
  return rec;
}

const dateText = (iso: string | null) => (iso === null ? null : formatVietnamese(parseIsoDate(iso)));

/** What a person reads of a recommendation: its state, its overdue flag today, its reports. */
export function toRecommendationDto(r: RecommendationRecord, today: LocalDate) {
  const overdue = overdueLabel(toRecommendation(r), today) ?? null;
  return {
    id: r.id,
    action: r.action,
    responsible: r.responsible,
    originLabel: r.earlierOrigin
      ? `Kiến nghị theo kết luận kiểm tra năm ${r.earlierOrigin.year} (số ${r.earlierOrigin.documentNumber})`
      : null,
    dueDate: r.dueDate,
    dueDateText: dateText(r.dueDate),
    findingIds: r.findingIds,
    status: r.status,
    statusLabel: RECOMMENDATION_STATUS_LABELS[r.status],
    overdue: overdue !== null,
    overdueLabel: overdue,
    returnReason: r.returnReason,
    doneOn: r.doneOn,
    carryOverReason: r.carryOverReason,
    version: r.version,
    reports: r.reports.map((x) => ({
      id: x.id,
      state: x.state,
      stateLabel: REMEDIATION_STATE_LABELS[x.state],
      actionsTaken: x.actionsTaken,
      evidenceRefs: x.evidenceRefs,
      submittedOn: x.submittedOn,
      submittedOnText: dateText(x.submittedOn),
      submittedByName: x.submittedByName,
      decision: x.decision,
      decisionLabel: x.decision === null ? null : REMEDIATION_DECISION_LABELS[x.decision],
      decisionReason: x.decisionReason,
      decidedByName: x.decidedByName,
      decidedOnText: dateText(x.decidedOn),
    })),
  };
}

export type RecommendationDto = ReturnType<typeof toRecommendationDto>;
