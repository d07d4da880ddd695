import { discardDraftPlan, withActor } from '@kiemtra/db';
import { checkPlanDiscard, planDiscardInput } from '@kiemtra/domain';
import { planFor } from '../../../planning/plan-access.js';
import { auditActorOf } from '../../audit-actor.js';
import { assertAccepted, conflict } from '../../errors.js';
import { authedProcedure } from '../../init.js';

/** Discards a draft plan: kept with its history in the audit log, listed and worked on nowhere. */
export const discardPlan = authedProcedure.input(planDiscardInput).mutation(async ({ ctx, input }) => {
  const plan = await planFor(ctx.db, ctx.actor, 'plan.manage', input.planId);
  assertAccepted(checkPlanDiscard(plan));
  await withActor(ctx.db, auditActorOf(ctx.profile, 'Hủy dự thảo kế hoạch'), async (trx) => {
    if (!(await discardDraftPlan(trx, plan.id, input.expectedVersion))) throw conflict('Kế hoạch kiểm tra');
  });
  return { planId: plan.id, discarded: true as const };
});
