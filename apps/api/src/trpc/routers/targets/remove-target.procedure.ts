import { deleteTarget, findTarget, touchPlan, withActor } from '@kiemtra/db';
import { checkTargetRemoval, DomainError, targetRemoveInput } from '@kiemtra/domain';
import { planFor } from '../../../planning/plan-access.js';
import { assertChangeAllowed } from '../../../planning/target-rules.js';
import { auditActorOf } from '../../audit-actor.js';
import { assertAccepted, conflict } from '../../errors.js';
import { authedProcedure } from '../../init.js';

/** Removes a target, its communes and its visits, while the unit has not been notified. */
export const removeTarget = authedProcedure.input(targetRemoveInput).mutation(async ({ ctx, input }) => {
  const target = await findTarget(ctx.db, input.targetId);
  if (!target) throw new DomainError('NOT_FOUND', 'Không tìm thấy đối tượng kiểm tra này.');
  const plan = await planFor(ctx.db, ctx.actor, 'plan.manage', target.planId);
  assertChangeAllowed(plan, input.reason);
  if (target.version !== input.expectedVersion) throw conflict('Đối tượng kiểm tra');
  assertAccepted(
    checkTargetRemoval({ unitName: target.orgUnitName, visitStatuses: target.visits.map((v) => v.status) }),
  );
  await withActor(ctx.db, auditActorOf(ctx.profile, input.reason ?? undefined), async (trx) => {
    if (!(await deleteTarget(trx, target.id, input.expectedVersion))) throw conflict('Đối tượng kiểm tra');
    await touchPlan(trx, plan.id);
  });
  return { removed: true };
});
