import { findPlanDetail, listPlans, listRecommendationsOf, listVisibleInspections } from '@kiemtra/db';
import { can, DomainError, inspectionVisibility, planByIdInput, todayInVietnam } from '@kiemtra/domain';
import { deadlinesOf } from '../../calendar/deadlines-of.js';
import { planResource } from '../../planning/plan-access.js';
import { toPlanDetailDto } from '../dto/plan.dto.js';
import { authorize, procedureFor, router } from '../init.js';
import { copyMapping } from './plans/copy-mapping.procedure.js';
import { copyFromPreviousYear } from './plans/copy-plan.procedure.js';
import { createPlan } from './plans/create-plan.procedure.js';
import { discardPlan } from './plans/discard-plan.procedure.js';
import { planChecksProcedure } from './plans/plan-checks.procedure.js';
import { planForEditing } from './plans/plan-for-editing.procedure.js';
import { planHistory } from './plans/plan-history.procedure.js';
import { planRollup } from './plans/plan-rollup.procedure.js';
import { publishPlan } from './plans/publish-plan.procedure.js';
import { reminderSettings, setReminderSettings } from './plans/reminder-settings.procedure.js';
import { updatePlan } from './plans/update-plan.procedure.js';

export const plansRouter = router({
  /** The plans the actor may read: every issued one, and the drafts it makes (or leads). */
  list: procedureFor('plan.read', { planStatus: 'published' }).query(async ({ ctx }) =>
    (await listPlans(ctx.db, ctx.actor.tenantId)).filter(
      (p) => can(ctx.actor, 'plan.read', planResource(p)).allowed,
    ),
  ),

  /** One plan as issued, with its contents, teams and targets; inspections only as far as the actor may see them. */
  get: procedureFor('plan.read', { planStatus: 'published' })
    .input(planByIdInput)
    .query(async ({ ctx, input }) => {
      const plan = await findPlanDetail(ctx.db, input.planId);
      if (!plan || plan.tenantId !== ctx.actor.tenantId) {
        throw new DomainError('NOT_FOUND', 'Không tìm thấy kế hoạch kiểm tra này.');
      }
      authorize(ctx.actor, 'plan.read', planResource(plan));
      const inspections = await listVisibleInspections(ctx.db, {
        tenantId: ctx.actor.tenantId,
        visibility: inspectionVisibility(ctx.actor),
        planId: plan.id,
      });
      const calendar = await ctx.calendar.current(ctx.db);
      const today = todayInVietnam(ctx.clock.now());
      const settings = { rules: plan.deadlineRules, reading: plan.deadlineReading };
      const recommendations =
        inspections.length === 0
          ? []
          : await listRecommendationsOf(
              ctx.db,
              inspections.map((i) => i.id),
            );
      return toPlanDetailDto(plan, inspections, (i) =>
        deadlinesOf(i, settings, calendar, today, recommendations),
      );
    }),

  create: createPlan,
  copyFromPreviousYear,
  copyMapping,
  /** The plan as the planning pages edit it, with its version for the next save. */
  forEditing: planForEditing,
  update: updatePlan,
  publish: publishPlan,
  discard: discardPlan,
  history: planHistory,
  checks: planChecksProcedure,
  rollup: planRollup,
  reminderSettings,
  setReminderSettings,
});
