import type { PlanFields, PlanForPlanning } from '@kiemtra/db';
import { type Plan, type PlanCreateInput, type PlanTarget, parseIsoDate } from '@kiemtra/domain';

/** The plan as the domain's planning rules read it. */
export function toDomainPlan(plan: PlanForPlanning): Plan {
  return {
    status: plan.status,
    year: plan.year,
    title: plan.title,
    decision: {
      number: plan.decisionNumber ?? '',
      date: plan.decisionDate === null ? null : parseIsoDate(plan.decisionDate),
      signerName: plan.decisionSignerName ?? '',
      signerTitle: plan.decisionSignerTitle ?? '',
    },
    window: { start: parseIsoDate(plan.windowStart), end: parseIsoDate(plan.windowEnd) },
    purposes: plan.purposes,
    requirements: plan.requirements,
    contentAreas: plan.contents.filter((c) => c.kind === 'area').map((c) => c.title),
    thematicTopics: plan.contents.filter((c) => c.kind === 'topic').map((c) => c.title),
    forms: plan.forms,
    expectedTargetCount: plan.expectedTargetCount,
    subUnitBounds: { min: plan.subUnitMin, max: plan.subUnitMax },
    deadlineRules: plan.deadlineRules,
    reading: plan.deadlineReading,
    templateRef: plan.reportTemplateId,
    targets: plan.targets.map(toDomainTarget),
  };
}

export function toDomainTarget(t: PlanForPlanning['targets'][number]): PlanTarget {
  return {
    unitId: t.orgUnitId,
    unitName: t.orgUnitName,
    kind: t.kind,
    group: t.group,
    subUnits: t.subUnits.map((s) => ({ id: s.orgUnitId, name: s.orgUnitName })),
    teamId: t.teamId,
  };
}

/** A parsed plan input in the database's terms; the window is required by the input schemas. */
export function toPlanFields(input: Omit<PlanCreateInput, 'memberAgencies'>): PlanFields {
  const window = input.window ?? { start: '', end: '' };
  const decision = input.decision;
  return {
    year: input.year,
    title: input.title,
    decisionNumber: decision?.number ? decision.number : null,
    decisionDate: decision?.date ?? null,
    decisionSignerName: decision?.signerName ? decision.signerName : null,
    decisionSignerTitle: decision?.signerTitle ? decision.signerTitle : null,
    windowStart: window.start,
    windowEnd: window.end,
    purposes: input.purposes,
    requirements: input.requirements,
    forms: input.forms,
    expectedTargetCount: input.expectedTargetCount,
    subUnitMin: input.subUnitBounds.min,
    subUnitMax: input.subUnitBounds.max,
    deadlineRules: input.deadlineRules,
    deadlineReading: input.reading,
    ...(input.legalBases === undefined ? {} : { legalBases: input.legalBases }),
    ...(input.issuingAuthority === undefined ? {} : { issuingAuthority: input.issuingAuthority }),
    ...(input.templateRef === undefined ? {} : { reportTemplateId: input.templateRef }),
  };
}
