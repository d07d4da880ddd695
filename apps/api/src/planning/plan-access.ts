import { type Database, findPlanForPlanning, type PlanForPlanning } from '@kiemtra/db';
import { type Action, type Actor, DomainError, type PlanStatus, type Resource } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { authorize } from '../trpc/init.js';

/** The policy's facts about a plan: its province, the unit that owns it, and whether it is issued. */
export const planResource = (plan: {
  tenantId: string;
  ownerOrgUnitId: string;
  status: PlanStatus;
}): Resource => ({
  tenantId: plan.tenantId,
  planOwnerUnitId: plan.ownerOrgUnitId,
  planStatus: plan.status,
});

/**
 * Loads a plan of the actor's province and checks, first, that the actor may do `action` on it:
 * the policy decides with the plan's owner unit (Sở Nội vụ, or a department or district, V.3.c)
 * and its status (a draft is its makers' working paper).
 */
export async function planFor(
  db: Kysely<Database>,
  actor: Actor,
  action: Action,
  planId: string,
): Promise<PlanForPlanning> {
  const plan = await findPlanForPlanning(db, planId);
  if (!plan || plan.tenantId !== actor.tenantId) {
    throw new DomainError('NOT_FOUND', 'Không tìm thấy kế hoạch kiểm tra này.');
  }
  authorize(actor, action, planResource(plan));
  return plan;
}
