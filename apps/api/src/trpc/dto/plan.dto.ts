import type { InspectionRecord, PlanDetail } from '@kiemtra/db';
import {
  INSPECTION_FORM_LABELS,
  INSPECTION_KIND_LABELS,
  INSPECTION_STATUS_LABELS,
  type InspectionDeadline,
  planTargetCount,
  TARGET_GROUP_LABELS,
  TARGET_GROUPS,
  TEAM_MEMBER_ROLE_LABELS,
} from '@kiemtra/domain';
import { toDeadlineSummaryDto } from './deadline.dto.js';
import { toInspectionDto } from './inspection.dto.js';

export function toPlanDetailDto(
  plan: PlanDetail,
  inspections: InspectionRecord[],
  deadlinesOf: (inspection: InspectionRecord) => InspectionDeadline[],
) {
  const inspectionsByTarget = new Map<string, InspectionRecord[]>();
  for (const i of inspections)
    inspectionsByTarget.set(i.targetId, [...(inspectionsByTarget.get(i.targetId) ?? []), i]);
  const targetDto = (t: PlanDetail['targets'][number]) => ({
    id: t.id,
    orgUnitId: t.orgUnitId,
    orgUnitName: t.orgUnitName,
    inspectionKind: t.inspectionKind,
    inspectionKindLabel: INSPECTION_KIND_LABELS[t.inspectionKind],
    teamId: t.teamId,
    teamName: plan.teams.find((team) => team.id === t.teamId)?.name ?? null,
    note: t.note,
    subUnits: t.subUnits,
    inspections: (inspectionsByTarget.get(t.id) ?? []).map((i) => ({
      ...toInspectionDto(i),
      deadlines: deadlinesOf(i).map(toDeadlineSummaryDto),
    })),
  });
  return {
    id: plan.id,
    year: plan.year,
    title: plan.title,
    status: plan.status,
    version: plan.version,
    decision: {
      number: plan.decisionNumber,
      date: plan.decisionDate,
      issuingAuthority: plan.issuingAuthority,
      signerName: plan.decisionSignerName,
      signerTitle: plan.decisionSignerTitle,
      legalBases: plan.legalBases,
      proposal: plan.proposal,
    },
    ownerOrgUnitName: plan.ownerOrgUnitName,
    window: { start: plan.windowStart, end: plan.windowEnd },
    purposes: plan.purposes,
    requirements: plan.requirements,
    forms: plan.forms.map((f) => ({ code: f, label: INSPECTION_FORM_LABELS[f] })),
    fundingNote: plan.fundingNote,
    deadlineReading: plan.deadlineReading,
    deadlineRules: plan.deadlineRules,
    areas: plan.contents.filter((c) => c.kind === 'area'),
    topics: plan.contents.filter((c) => c.kind === 'topic'),
    targetCount: planTargetCount(plan.expectedTargetCount, plan.targets),
    targetGroups: TARGET_GROUPS.map((group) => ({
      group,
      label: TARGET_GROUP_LABELS[group],
      targets: plan.targets.filter((t) => t.group === group).map(targetDto),
    })).filter((g) => g.targets.length > 0),
    teams: plan.teams.map((team) => ({
      ...team,
      members: team.members.map((m) => ({ ...m, roleLabel: TEAM_MEMBER_ROLE_LABELS[m.role] })),
    })),
    statusLabels: INSPECTION_STATUS_LABELS,
  };
}

export type PlanDetailDto = ReturnType<typeof toPlanDetailDto>;
