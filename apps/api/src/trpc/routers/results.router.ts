import { listVisibleInspections } from '@kiemtra/db';
import { assembleSummary, resultsByPlanInput } from '@kiemtra/domain';
import { summaryInspections } from '../../inspection/summary-inputs.js';
import { todayOf } from '../../inspection/work-context.js';
import { planFor } from '../../planning/plan-access.js';
import { authedProcedure, router } from '../init.js';

/**
 * Results per unit for the province's CCHC ranking (seed I.1): inspected or not, findings by
 * kind, recommendations remediated on time. Readable by API clients with the `results:read` scope.
 */
export const resultsRouter = router({
  byPlan: authedProcedure.input(resultsByPlanInput).query(async ({ ctx, input }) => {
    const plan = await planFor(ctx.db, ctx.actor, 'results.read', input.planId);
    const inspections = await listVisibleInspections(ctx.db, {
      tenantId: plan.tenantId,
      visibility: { kind: 'all' },
      planId: plan.id,
    });
    const calendar = await ctx.calendar.current(ctx.db);
    const draft = assembleSummary({
      round: { id: plan.id, inspections: await summaryInspections(ctx.db, inspections) },
      rules: plan.deadlineRules,
      reading: plan.deadlineReading,
      calendar,
      today: todayOf(ctx.clock),
    });
    return {
      planId: plan.id,
      units: draft.units.map((u) => ({
        unitId: u.unitId,
        unitName: u.unitName,
        inspected: u.inspected,
        findingsByKind: u.findingsByKind,
        recommendations: {
          total: u.recommendations.total,
          done: u.recommendations.byStatus.done,
          remediatedOnTime: u.recommendations.remediatedOnTime,
          overdue: u.recommendations.overdue,
        },
      })),
    };
  }),
});
