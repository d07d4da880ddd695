import type { InspectionRecord, PlanForPlanning } from '@kiemtra/db';
import type { PlanWorkbookInput } from '@kiemtra/documents';
import {
  INSPECTION_KIND_LABELS,
  INSPECTION_STATUS_LABELS,
  type InspectionDeadline,
  type LocalDate,
  PLAN_STATUS_LABELS,
  planTargetCount,
  TARGET_GROUP_LABELS,
  toIsoDate,
} from '@kiemtra/domain';
import { planDecisionText } from './letterhead.js';

/**
 * The plan's state for its Excel workbook: targets and their visits, every deadline of every
 * visit with its state today. Findings and recommendations are passed in by the caller
 * (workbookResults reads them from the closure work's tables).
 */
export function planWorkbookSource(input: {
  plan: PlanForPlanning;
  visits: readonly { inspection: InspectionRecord; deadlines: readonly InspectionDeadline[] }[];
  today: LocalDate;
  findings?: PlanWorkbookInput['findings'];
  recommendations?: PlanWorkbookInput['recommendations'];
}): PlanWorkbookInput {
  const { plan, visits } = input;
  const teamName = new Map(plan.teams.map((t) => [t.id, t.name]));
  const count = planTargetCount(plan.expectedTargetCount, plan.targets);
  return {
    plan: {
      title: plan.title,
      decision: planDecisionText(plan),
      windowStart: plan.windowStart,
      windowEnd: plan.windowEnd,
      expectedTargetCount: plan.expectedTargetCount,
      actualTargetCount: count.actual,
      targetCountMessage: count.message,
      statusLabel: PLAN_STATUS_LABELS[plan.status],
    },
    asOf: toIsoDate(input.today),
    targets: plan.targets.map((t) => ({
      unitName: t.orgUnitName,
      kindLabel: INSPECTION_KIND_LABELS[t.kind],
      groupLabel: TARGET_GROUP_LABELS[t.group],
      teamName: t.teamId ? (teamName.get(t.teamId) ?? '') : 'Chưa phân công',
      visits: visits
        .filter((v) => v.inspection.targetId === t.id)
        .map(({ inspection: i }) => ({
          unitName: i.orgUnitName,
          dates: i.visitDates,
          place: i.place ?? '',
          statusLabel: INSPECTION_STATUS_LABELS[i.status],
        })),
    })),
    deadlines: visits.flatMap(({ inspection, deadlines }) =>
      deadlines.map((d) => ({
        unitName: inspection.orgUnitName,
        label: d.label,
        dueDate: toIsoDate(d.dueDate),
        stateLabel: d.stateLabel,
        doneOn: d.doneOn === undefined ? null : toIsoDate(d.doneOn),
        overdue: d.state.kind === 'missed',
      })),
    ),
    findings: input.findings ?? [],
    recommendations: input.recommendations ?? [],
  };
}
