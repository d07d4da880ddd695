import type { PlanForPlanning } from '@kiemtra/db';
import {
  INSPECTION_KIND_LABELS,
  PLAN_STATUS_LABELS,
  planChangeKind,
  TARGET_GROUP_LABELS,
} from '@kiemtra/domain';

/** A plan as the planning pages edit it: every editable field, its version, its targets. */
export function toPlanningPlanDto(plan: PlanForPlanning) {
  return {
    id: plan.id,
    year: plan.year,
    title: plan.title,
    status: plan.status,
    statusLabel: PLAN_STATUS_LABELS[plan.status],
    /** 'amendment' once published: a change then needs a reason. */
    changeKind: planChangeKind(plan),
    level: plan.level,
    ownerOrgUnitId: plan.ownerOrgUnitId,
    ownerOrgUnitName: plan.ownerOrgUnitName,
    version: plan.version,
    decision: {
      number: plan.decisionNumber ?? '',
      date: plan.decisionDate,
      signerName: plan.decisionSignerName ?? '',
      signerTitle: plan.decisionSignerTitle ?? '',
    },
    window: { start: plan.windowStart, end: plan.windowEnd },
    issuingAuthority: plan.issuingAuthority,
    legalBases: plan.legalBases,
    reportTemplateId: plan.reportTemplateId,
    purposes: plan.purposes,
    requirements: plan.requirements,
    contentAreas: plan.contents.filter((c) => c.kind === 'area').map((c) => c.title),
    thematicTopics: plan.contents.filter((c) => c.kind === 'topic').map((c) => c.title),
    forms: plan.forms,
    expectedTargetCount: plan.expectedTargetCount,
    subUnitBounds: { min: plan.subUnitMin, max: plan.subUnitMax },
    deadlineRules: plan.deadlineRules,
    reading: plan.deadlineReading,
    memberAgencies: plan.memberAgencies,
    teams: plan.teams,
    targets: plan.targets.map((t) => ({
      id: t.id,
      version: t.version,
      orgUnitId: t.orgUnitId,
      orgUnitName: t.orgUnitName,
      kind: t.kind,
      kindLabel: INSPECTION_KIND_LABELS[t.kind],
      group: t.group,
      groupLabel: TARGET_GROUP_LABELS[t.group],
      teamId: t.teamId,
      subUnits: t.subUnits,
    })),
  };
}

export type PlanningPlanDto = ReturnType<typeof toPlanningPlanDto>;
