import { listOverlappingPlanTargets } from '@kiemtra/db';
import { parseIsoDate, planByIdInput, planChecks } from '@kiemtra/domain';
import { planFor } from '../../../planning/plan-access.js';
import { toDomainTarget } from '../../../planning/plan-model.js';
import { authedProcedure } from '../../init.js';

/** The live checks of the plan page: expected vs actual, a unit twice, a unit in an overlapping plan. */
export const planChecksProcedure = authedProcedure.input(planByIdInput).query(async ({ ctx, input }) => {
  const plan = await planFor(ctx.db, ctx.actor, 'plan.read', input.planId);
  const others = await listOverlappingPlanTargets(ctx.db, {
    tenantId: plan.tenantId,
    exceptPlanId: plan.id,
    start: plan.windowStart,
    end: plan.windowEnd,
  });
  const result = planChecks({
    plan: {
      window: { start: parseIsoDate(plan.windowStart), end: parseIsoDate(plan.windowEnd) },
      expectedTargetCount: plan.expectedTargetCount,
      targets: plan.targets.map(toDomainTarget),
    },
    otherPlans: others.map((o) => ({
      planTitle: o.title,
      window: { start: parseIsoDate(o.windowStart), end: parseIsoDate(o.windowEnd) },
      unitIds: o.unitIds,
    })),
  });
  return { count: result.count, findings: result.findings };
});
