import { type Database, findPlanForPlanning, type PlanForPlanning } from '@kiemtra/db';
import { type Action, type Actor, DomainError } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { authorize } from '../trpc/init.js';

/**
 * Loads a plan of the actor's province and checks, first, that the actor may do `action` on it:
 * the policy decides with the plan's owner unit (Sở Nội vụ, or a department or district, V.3.c).
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
  authorize(actor, action, { tenantId: plan.tenantId, planOwnerUnitId: plan.ownerOrgUnitId });
  return plan;
}
