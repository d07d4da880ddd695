import { findPlanForPlanning, insertTargetWithVisits, touchPlan, withActor } from '@kiemtra/db';
import { planAsAt, targetAddInput } from '@kiemtra/domain';
import { planFor } from '../../../planning/plan-access.js';
import { assertChangeAllowed, assertTargetAllowed } from '../../../planning/target-rules.js';
import { unitsAsAt } from '../../../planning/units-as-at.js';
import { auditActorOf } from '../../audit-actor.js';
import { idempotentCreate } from '../../idempotent-create.js';
import { authedProcedure } from '../../init.js';
import { toPlanningPlanDto } from '../plans/plan-planning.dto.js';

/** Adds a unit (as at the plan's date) as a target, with its communes, and one visit per unit. */
export const addTarget = authedProcedure
  .input(targetAddInput)
  .use(idempotentCreate)
  .mutation(async ({ ctx, input }) => {
    const plan = await planFor(ctx.db, ctx.actor, 'plan.manage', input.planId);
    assertChangeAllowed(plan, input.reason);
    const units = await unitsAsAt(ctx.db, plan.tenantId, planAsAt(plan));
    assertTargetAllowed(plan, units, input);
    await withActor(ctx.db, auditActorOf(ctx.profile, input.reason ?? undefined), async (trx) => {
      await insertTargetWithVisits(trx, {
        tenantId: plan.tenantId,
        planId: plan.id,
        orgUnitId: input.orgUnitId,
        kind: input.kind,
        group: input.group,
        teamId: input.teamId,
        note: input.note,
        subUnitIds: input.subUnitIds,
      });
      await touchPlan(trx, plan.id);
    });
    const saved = await findPlanForPlanning(ctx.db, plan.id);
    if (!saved) throw new Error('the plan is missing');
    return toPlanningPlanDto(saved);
  });
