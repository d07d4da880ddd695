import { findPlanForPlanning, publishPlan as publish, withActor } from '@kiemtra/db';
import { canPublish, planPublishInput } from '@kiemtra/domain';
import { planFor } from '../../../planning/plan-access.js';
import { toDomainPlan } from '../../../planning/plan-model.js';
import { auditActorOf } from '../../audit-actor.js';
import { assertAccepted, conflict } from '../../errors.js';
import { authedProcedure } from '../../init.js';
import { toPlanningPlanDto } from './plan-planning.dto.js';

/** Publishes a complete draft; from then on every change is an amendment. */
export const publishPlan = authedProcedure.input(planPublishInput).mutation(async ({ ctx, input }) => {
  const plan = await planFor(ctx.db, ctx.actor, 'plan.manage', input.planId);
  if (plan.version !== input.expectedVersion) throw conflict('Kế hoạch kiểm tra');
  assertAccepted(canPublish(toDomainPlan(plan)));
  await withActor(ctx.db, auditActorOf(ctx.profile, 'Ban hành kế hoạch'), async (trx) => {
    if ((await publish(trx, plan.id, input.expectedVersion)) === null) throw conflict('Kế hoạch kiểm tra');
  });
  const saved = await findPlanForPlanning(ctx.db, plan.id);
  if (!saved) throw new Error('the plan just published is missing');
  return toPlanningPlanDto(saved);
});
