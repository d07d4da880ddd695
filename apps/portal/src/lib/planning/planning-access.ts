import { type Actor, can } from '@kiemtra/domain';
import type { SignedInUser } from '$lib/api-types';

/** The signed-in person as the domain's policy reads them. */
export const actorOf = (user: SignedInUser): Actor => ({
  kind: 'user',
  id: user.id,
  tenantId: user.tenantId,
  orgUnitId: user.orgUnitId ?? '',
  roles: user.roles,
});

/**
 * Whether the pages offer the person a planning tool on this plan; the API decides again on save.
 * @example canOnPlan(admin, 'plan.manage', { ownerOrgUnitId: soNoiVu }) // true
 */
export function canOnPlan(
  user: SignedInUser,
  action: 'plan.manage' | 'team.manage' | 'inspection.schedule' | 'audit.read',
  plan: { ownerOrgUnitId: string },
): boolean {
  return can(actorOf(user), action, { tenantId: user.tenantId, planOwnerUnitId: plan.ownerOrgUnitId })
    .allowed;
}

/** Whether the person may start a plan of their own unit (Sở Nội vụ, or a department or district, V.3.c). */
export const canCreatePlan = (user: SignedInUser): boolean =>
  user.orgUnitId !== null && canOnPlan(user, 'plan.manage', { ownerOrgUnitId: user.orgUnitId });
