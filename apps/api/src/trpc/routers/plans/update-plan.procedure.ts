import {
  findPlanForPlanning,
  replaceMemberAgencies,
  replacePlanContents,
  updatePlanFields,
  withActor,
} from '@kiemtra/db';
import { checkPlanChange, planUpdateInput } from '@kiemtra/domain';
import { planFor } from '../../../planning/plan-access.js';
import { toPlanFields } from '../../../planning/plan-model.js';
import { assertOwnTemplate } from '../../../planning/plan-template.js';
import { auditActorOf } from '../../audit-actor.js';
import { assertAccepted, conflict } from '../../errors.js';
import { authedProcedure } from '../../init.js';
import { assertMemberAgencies } from '../../references.js';
import { toPlanningPlanDto } from './plan-planning.dto.js';

/** A draft is edited freely; a published plan is amended, with a reason kept in the audit log. */
export const updatePlan = authedProcedure.input(planUpdateInput).mutation(async ({ ctx, input }) => {
  const plan = await planFor(ctx.db, ctx.actor, 'plan.manage', input.planId);
  assertAccepted(checkPlanChange({ plan, reason: input.reason }), 'INVALID_INPUT');
  await assertOwnTemplate(ctx.db, plan.tenantId, input.templateRef);
  await assertMemberAgencies(ctx.db, plan.tenantId, input.memberAgencies);
  // A draft edit may carry a note too; an amendment's reason is required above.
  await withActor(ctx.db, auditActorOf(ctx.profile, input.reason ?? undefined), async (trx) => {
    const version = await updatePlanFields(trx, plan.id, input.expectedVersion, toPlanFields(input));
    if (version === null) throw conflict('Kế hoạch kiểm tra');
    await replacePlanContents(trx, plan.id, { areas: input.contentAreas, topics: input.thematicTopics });
    await replaceMemberAgencies(trx, plan.id, input.memberAgencies);
  });
  const saved = await findPlanForPlanning(ctx.db, plan.id);
  if (!saved) throw new Error('the plan just saved is missing');
  return toPlanningPlanDto(saved);
});
