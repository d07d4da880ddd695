import { describe, expect, it } from 'vitest';
import { readTeamForm, teamFieldOf, teamInputOf } from './team-form';

const people = [
  { userId: 'u-bao', fullName: 'Trần Quốc Bảo', position: 'Phó Giám đốc Sở Nội vụ', orgUnitId: 'snv' },
];

function formOf(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  return form;
}

describe('the team form', () => {
  const form = formOf([
    ['name', 'Đoàn kiểm tra số 1'],
    ['kind', 'comprehensive'],
    ['leadAgencyId', 'snv'],
    ['decisionNumber', '45/QĐ-SNV'],
    ['decisionDate', '2025-03-01'],
    ['signerOffice', 'director_home_affairs'],
    ['members.0.userId', 'u-bao'],
    ['members.0.fullName', ''],
    ['members.0.agencyId', ''],
    ['members.0.role', 'leader'],
    ['members.1.userId', ''],
    ['members.1.fullName', 'Võ Minh Tâm'],
    ['members.1.agencyId', 'vp'],
    ['members.1.role', 'member'],
    ['members.2.userId', ''],
    ['members.2.fullName', ''],
    ['members.2.role', 'member'],
    ['members.10.fullName', 'Lý Hoàng Nam'],
    ['members.10.agencyId', 'bao'],
    ['members.10.role', 'press'],
  ]);

  it('takes a linked account’s name, position and unit, drops unused rows, keeps the order', () => {
    const input = teamInputOf('p1', readTeamForm(form), people);
    expect(input.members).toEqual([
      {
        userId: 'u-bao',
        fullName: 'Trần Quốc Bảo',
        position: 'Phó Giám đốc Sở Nội vụ',
        agencyId: 'snv',
        role: 'leader',
      },
      { userId: null, fullName: 'Võ Minh Tâm', position: null, agencyId: 'vp', role: 'member' },
      { userId: null, fullName: 'Lý Hoàng Nam', position: null, agencyId: 'bao', role: 'press' },
    ]);
    expect(input.teamId).toBeNull();
    expect(input.expectedVersion).toBeNull();
    expect(input.decision).toEqual({
      number: '45/QĐ-SNV',
      date: '2025-03-01',
      signerName: '',
      signerOffice: 'director_home_affairs',
    });
  });

  it('shows the team rules’ issues beside their fields', () => {
    expect(teamFieldOf('decision.signerOffice')).toBe('signerOffice');
    expect(teamFieldOf('decision')).toBe('decisionNumber');
    expect(teamFieldOf('members')).toBe('members');
    expect(teamFieldOf('members.3.fullName')).toBe('members');
  });
});
