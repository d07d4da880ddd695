import type { Role } from '@kiemtra/domain';
import { describe, expect, it } from 'vitest';
import type { SignedInUser } from '$lib/api-types';
import { canCreatePlan, canOnPlan } from './planning-access';

const person = (roles: Role[], orgUnitId = 'so-noi-vu'): SignedInUser => ({
  kind: 'user',
  id: 'u1',
  tenantId: 't1',
  displayName: 'Người thử',
  roles,
  roleLabels: [],
  scopes: [],
  scopeLabels: [],
  orgUnitId,
  orgUnitName: null,
  username: 'thu',
  position: null,
  mustChangePassword: false,
});

describe('planning access as the pages offer it', () => {
  it('offers Sở Nội vụ’s plan administrator every planning tool on any plan', () => {
    const admin = person(['plan_admin']);
    expect(canCreatePlan(admin)).toBe(true);
    expect(canOnPlan(admin, 'plan.manage', { ownerOrgUnitId: 'huyen-tay-son' })).toBe(true);
    expect(canOnPlan(admin, 'inspection.schedule', { ownerOrgUnitId: 'so-noi-vu' })).toBe(true);
  });

  it('offers a district’s plan administrator its own plans only (V.3.c)', () => {
    const district = person(['unit_plan_admin'], 'huyen-tay-son');
    expect(canCreatePlan(district)).toBe(true);
    expect(canOnPlan(district, 'plan.manage', { ownerOrgUnitId: 'huyen-tay-son' })).toBe(true);
    expect(canOnPlan(district, 'plan.manage', { ownerOrgUnitId: 'so-noi-vu' })).toBe(false);
  });

  it('offers leadership and units no planning tool', () => {
    for (const roles of [['leadership_viewer'], ['unit_reporter'], ['inspector']] as Role[][]) {
      expect(canCreatePlan(person(roles))).toBe(false);
      expect(canOnPlan(person(roles), 'plan.manage', { ownerOrgUnitId: 'so-noi-vu' })).toBe(false);
    }
  });
});
