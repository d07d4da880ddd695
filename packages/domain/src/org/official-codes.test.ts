import { describe, expect, it } from 'vitest';
import {
  adminCodeIssue,
  electronicIdIssue,
  kindHasAdminCode,
  normalizeOfficialCode,
} from './official-codes.js';

describe('administrative-unit codes', () => {
  it('takes 2 digits for a province, 3 for a district, 5 for a commune', () => {
    expect(adminCodeIssue('province', '52')).toBeNull();
    expect(adminCodeIssue('district', '547')).toBeNull();
    expect(adminCodeIssue('commune', '21550')).toBeNull();
  });

  it('refuses a code of the wrong length or with letters, saying the length', () => {
    expect(adminCodeIssue('commune', '2155')?.message).toContain('cấp xã gồm đúng 5 chữ số');
    expect(adminCodeIssue('province', '5A')?.message).toContain('cấp tỉnh gồm đúng 2 chữ số');
    expect(adminCodeIssue('district', '0547')?.field).toBe('adminCode');
  });

  it('gives no administrative-unit code to an agency', () => {
    expect(kindHasAdminCode('department')).toBe(false);
    expect(adminCodeIssue('department', '12')?.message).toContain('mã định danh điện tử');
  });
});

describe('electronic identifiers (Decision 20/2020/QĐ-TTg)', () => {
  it('accepts the four groups AAA.BB.CC.DNN', () => {
    expect(electronicIdIssue('000.00.00.H41')).toBeNull();
    expect(electronicIdIssue('000.00.12.H41')).toBeNull();
    expect(electronicIdIssue('001.05.12.H41')).toBeNull();
    expect(electronicIdIssue('000.00.04.G14')).toBeNull();
  });

  it('refuses another shape', () => {
    for (const bad of [
      '00.00.00.H41',
      '000.00.00.K41',
      '000.00.00.H4',
      '000-00-00-H41',
      'H41',
      '000.00.00.h41',
    ]) {
      expect(electronicIdIssue(bad)?.message, bad).toContain('13 ký tự');
    }
  });

  it('refuses a lower level used under an unused higher one', () => {
    expect(electronicIdIssue('000.05.00.H41')?.message).toContain('cấp trên của nó có mã');
    expect(electronicIdIssue('001.00.12.H41')?.message).toContain('cấp trên của nó có mã');
  });

  it('reads codes without surrounding spaces and in capitals', () => {
    expect(normalizeOfficialCode(' 000.00.00.h41 ')).toBe('000.00.00.H41');
  });
});
