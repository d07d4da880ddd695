import {
  type Database,
  listFindingTallies,
  listNamedResponsibilities,
  listOverviewPlans,
  listPlanDeadlineSettings,
  listRecommendationsOf,
  listTargetSizes,
  listVisibleInspections,
} from '@kiemtra/db';
import {
  type Actor,
  DomainError,
  findingsByArea,
  inspectionVisibility,
  type OverviewDimension,
  type OverviewVisit,
  onTimeRates,
  parseIsoDate,
  planLevelLabel,
  planProgress,
  planRollup,
  recommendationOverview,
  repeatedShortcomings,
  responsibilitiesByArea,
  yearOf,
} from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { deadlinesOf } from '../calendar/deadlines-of.js';
import type { Clock } from '../clock.js';
import { todayOf } from '../inspection/work-context.js';
import type { AppDeps } from '../trpc/context.js';

/**
 * The leadership view of one year's plans or one plan: every figure from the domain's pure
 * functions over rows read in a fixed number of statements (none per visit).
 */
export async function programmeOverview(
  deps: { db: Kysely<Database>; clock: Clock; calendar: AppDeps['calendar'] },
  actor: Actor,
  input: { year?: number | undefined; planId?: string | undefined; by: OverviewDimension },
) {
  const today = todayOf(deps.clock);
  const plans = await listOverviewPlans(deps.db, actor.tenantId);
  const plan = input.planId ? plans.find((p) => p.id === input.planId) : undefined;
  if (input.planId && !plan) throw new DomainError('NOT_FOUND', 'Không tìm thấy kế hoạch kiểm tra này.');
  const years = [...new Set(plans.map((p) => p.year))];
  const year = plan?.year ?? input.year ?? years.find((y) => y <= yearOf(today)) ?? years[0] ?? yearOf(today);
  const scope = plan ? { planId: plan.id } : { year };
  const inspections = await listVisibleInspections(deps.db, {
    tenantId: actor.tenantId,
    visibility: inspectionVisibility(actor),
    ...scope,
  });
  const ids = inspections.map((i) => i.id);
  const scopePlans = plans.filter((p) => (plan ? p.id === plan.id : p.year === year));
  const [recommendations, settings, calendar, findings, allFindings, responsibilities, targetSizes] =
    await Promise.all([
      ids.length === 0 ? [] : listRecommendationsOf(deps.db, ids),
      listPlanDeadlineSettings(
        deps.db,
        inspections.map((i) => i.planId),
      ),
      deps.calendar.current(deps.db),
      listFindingTallies(deps.db, { tenantId: actor.tenantId, ...scope }),
      listFindingTallies(deps.db, { tenantId: actor.tenantId }),
      listNamedResponsibilities(deps.db, { tenantId: actor.tenantId, ...scope }),
      listTargetSizes(
        deps.db,
        scopePlans.map((p) => p.id),
      ),
    ]);
  const rollupPlans = scopePlans.map((p) => ({
    ...p,
    targets: targetSizes.filter((t) => t.planId === p.id).map((t) => ({ subUnits: Array(t.subUnitCount) })),
  }));
  const levelLabel = new Map(scopePlans.map((p) => [p.id, planLevelLabel(p)]));
  const byInspection = new Map<string, typeof recommendations>();
  for (const r of recommendations)
    byInspection.set(r.inspectionId ?? '', [...(byInspection.get(r.inspectionId ?? '') ?? []), r]);
  const visits: OverviewVisit[] = inspections.map((i) => {
    const s = settings.get(i.planId);
    return {
      inspectionId: i.id,
      unitId: i.orgUnitId,
      unitName: i.orgUnitName,
      teamName: i.teamName,
      group: i.targetGroup,
      planId: i.planId,
      planLabel: levelLabel.get(i.planId) ?? i.planTitle,
      deadlines: s ? deadlinesOf(i, s, calendar, today, byInspection.get(i.id) ?? []) : [],
    };
  });
  const unitOf = new Map(inspections.map((i) => [i.id, i.orgUnitName]));
  const recommendationsOverview = recommendationOverview(
    recommendations.map((r) => ({
      id: r.id,
      inspectionId: r.inspectionId ?? '',
      unitName: unitOf.get(r.inspectionId ?? '') ?? '',
      action: r.action,
      status: r.status,
      ...(r.dueDate === null ? {} : { dueDate: parseIsoDate(r.dueDate) }),
    })),
    today,
  );
  const visitStates = inspections.map((i) => ({ inspectionId: i.id, planId: i.planId, status: i.status }));
  return {
    year,
    planId: plan?.id ?? null,
    years,
    plans: plans.filter((p) => p.year === year).map((p) => ({ id: p.id, year: p.year, title: p.title })),
    by: input.by,
    rates: onTimeRates(visits, input.by),
    findings: findingsByArea(findings),
    responsibilities: responsibilitiesByArea(responsibilities),
    repeated: repeatedShortcomings(allFindings),
    recommendations: recommendationsOverview,
    progress: planProgress(visitStates),
    rollup: planRollup({
      plans: rollupPlans,
      visits: visitStates,
      findings,
      recommendations: recommendationsOverview.list,
    }),
    inspections: inspections.map((i) => ({
      id: i.id,
      orgUnitName: i.orgUnitName,
      planTitle: i.planTitle,
      teamName: i.teamName,
      status: i.status,
    })),
  };
}

export type ProgrammeOverview = Awaited<ReturnType<typeof programmeOverview>>;
