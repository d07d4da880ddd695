import { describe, expect, it } from 'vitest';
import { can } from '../access/policy.js';
import type { Role } from '../access/roles.js';
import {
  checkAccountRoles,
  checkNotOwnAccount,
  checkSystemAdminRemains,
  isValidUsername,
  roleNeedsUnit,
  UNIT_ROLES,
  unitHasCeased,
} from './account-rules.js';

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

describe('which roles need the unit the account acts for', () => {
  it('is exactly the roles the policy reads "own unit" or "own plan" from', () => {
    expect([...UNIT_ROLES].sort()).toEqual(['unit_head', 'unit_plan_admin', 'unit_reporter']);
    const provinceRoles: Role[] = [
      'system_admin',
      'plan_admin',
      'team_leader',
      'inspector',
      'leadership_viewer',
    ];
    for (const r of provinceRoles) expect(roleNeedsUnit(r)).toBe(false);
  });

  it('asks for the unit of a focal officer, beside the unit field', () => {
    const issues = checkAccountRoles({ roles: ['unit_reporter'], actingUnitId: null });
    expect(codes(issues)).toEqual(['acting_unit_missing']);
    expect(issues[0]?.field).toBe('actingUnitId');
    expect(issues[0]?.message).toContain('Công chức đầu mối CCHC của đơn vị');
  });

  it('accepts a unit role with its unit, and a province role without one', () => {
    expect(checkAccountRoles({ roles: ['unit_head', 'unit_reporter'], actingUnitId: 'u1' })).toEqual([]);
    expect(checkAccountRoles({ roles: ['inspector', 'team_leader'], actingUnitId: null })).toEqual([]);
  });

  it('refuses a unit for an account that acts for no unit', () => {
    expect(codes(checkAccountRoles({ roles: ['inspector'], actingUnitId: 'u1' }))).toEqual([
      'acting_unit_not_needed',
    ]);
  });

  it('refuses an account with no role', () => {
    expect(codes(checkAccountRoles({ roles: [], actingUnitId: null }))).toEqual(['roles_missing']);
  });

  it('refuses the plan administrator also acting for an inspected unit', () => {
    expect(codes(checkAccountRoles({ roles: ['plan_admin', 'unit_reporter'], actingUnitId: 'u1' }))).toEqual([
      'roles_conflict',
    ]);
  });
});

describe('the username', () => {
  it.each(['quantri', 'sct.lanhdao', 'noivu.tayson', 'matrix.dang-nhap', 'a_b', 'abc', 'x'.repeat(40)])(
    'accepts %s',
    (u) => expect(isValidUsername(u)).toBe(true),
  );
  it.each(['ab', 'x'.repeat(41), 'Quantri', 'lê.văn', 'a..b', '.abc', 'abc.', 'a b', 'ab@c'])(
    'refuses %s',
    (u) => expect(isValidUsername(u)).toBe(false),
  );
});

describe('the last active system administrator of a province', () => {
  const admin = (id: string, active = true, roles: Role[] = ['system_admin']) => ({ id, active, roles });

  it('cannot be deactivated', () => {
    expect(checkSystemAdminRemains(['a'], admin('a', false))?.code).toBe('last_system_admin');
  });

  it('cannot lose its role', () => {
    const issue = checkSystemAdminRemains(['a'], admin('a', true, ['plan_admin']));
    expect(issue?.code).toBe('last_system_admin');
    expect(issue?.field).toBe('roles');
  });

  it('can be deactivated while another remains', () => {
    expect(checkSystemAdminRemains(['a', 'b'], admin('a', false))).toBeNull();
  });

  it('does not stop changes to other accounts, or the edit that keeps the role', () => {
    expect(checkSystemAdminRemains(['a'], admin('z', false, ['inspector']))).toBeNull();
    expect(checkSystemAdminRemains(['a'], admin('a', true, ['system_admin', 'plan_admin']))).toBeNull();
  });

  it('counts an account that becomes an administrator', () => {
    expect(checkSystemAdminRemains([], admin('n'))).toBeNull();
    expect(checkSystemAdminRemains([], admin('n', false))?.code).toBe('last_system_admin');
  });
});

describe('a system administrator acts on its own accounts only', () => {
  const admin = {
    kind: 'user' as const,
    id: 'a',
    tenantId: 'binh-dinh',
    orgUnitId: 'snv',
    roles: ['system_admin'] as Role[],
  };

  it('manages the accounts of its own province only', () => {
    expect(can(admin, 'account.manage', { tenantId: 'binh-dinh' }).allowed).toBe(true);
    expect(can(admin, 'account.manage', { tenantId: 'gia-lai' }).allowed).toBe(false);
  });

  it('does not deactivate itself', () => {
    expect(checkNotOwnAccount('a', 'a')?.code).toBe('own_account');
    expect(checkNotOwnAccount('a', 'b')).toBeNull();
  });
});

describe('an account of a unit that has ceased', () => {
  it('is flagged from the day after the unit’s last day', () => {
    expect(unitHasCeased({ validTo: '2025-06-30' }, '2025-06-30')).toBe(false);
    expect(unitHasCeased({ validTo: '2025-06-30' }, '2025-07-01')).toBe(true);
    expect(unitHasCeased({ validTo: null }, '2030-01-01')).toBe(false);
  });
});
