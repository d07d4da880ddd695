import { describe, expect, it } from 'vitest';
import { basisFromForm, canManageRegister, fieldIdOf, registerFieldOf } from './register-form';

const user = (roles: string[]) =>
  ({
    id: 'u',
    tenantId: 't',
    orgUnitId: 'o',
    roles,
    displayName: 'A',
    username: 'a',
  }) as unknown as Parameters<typeof canManageRegister>[0];

describe('register forms', () => {
  it('reads the legal basis fields as the API takes them', () => {
    const form = new FormData();
    form.set('basisKind', 'resolution');
    form.set('basisNumber', ' 1664/NQ-UBTVQH15 ');
    form.set('basisDate', '16/06/2025');
    expect(basisFromForm(form)).toEqual({
      kind: 'resolution',
      number: '1664/NQ-UBTVQH15',
      date: '16/06/2025',
      issuer: '',
    });
  });

  it('puts each API issue beside its field', () => {
    expect(registerFieldOf('basis.number')).toBe('basisNumber');
    expect(registerFieldOf('adminCode')).toBe('adminCode');
    expect(registerFieldOf('requestId')).toBeNull();
    expect(fieldIdOf('doi-ten', 'basisDate')).toBe('doi-ten-basisDate');
    expect(fieldIdOf('doi-ten', 'form')).toBeNull();
  });

  it('offers the tools to the register administrator only', () => {
    expect(canManageRegister(user(['system_admin']))).toBe(true);
    expect(canManageRegister(user(['plan_admin']))).toBe(false);
    expect(canManageRegister(user(['leadership_viewer']))).toBe(false);
    expect(canManageRegister(user(['unit_plan_admin']))).toBe(false);
  });
});
