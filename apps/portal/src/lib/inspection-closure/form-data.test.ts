import { describe, expect, it } from 'vitest';
import { evidenceFromForm, findingFromForm, minutesFromForm, recommendationFromForm } from './form-data';

const formOf = (entries: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(entries)) form.set(k, v);
  return form;
};

describe('minutesFromForm', () => {
  it('reads attendee and agenda rows in order and drops blank attendee rows', () => {
    const minutes = minutesFromForm(
      formOf({
        date: '2024-06-05',
        place: ' Trụ sở UBND xã ',
        'attendees.0.name': 'Trần Quốc Bảo',
        'attendees.0.position': 'Phó Giám đốc',
        'attendees.0.organisation': 'Sở Nội vụ',
        'attendees.0.role': 'team_leader',
        'attendees.1.name': '',
        'attendees.1.position': '',
        'attendees.1.organisation': '',
        'attendees.1.role': 'unit_head',
        'agenda.0.title': 'Trưởng đoàn kiểm tra kết luận',
        'agenda.0.notes': 'Đạt',
        discussion: 'Trao đổi',
      }),
    );
    expect(minutes.place).toBe('Trụ sở UBND xã');
    expect(minutes.attendees).toEqual([
      { name: 'Trần Quốc Bảo', position: 'Phó Giám đốc', organisation: 'Sở Nội vụ', role: 'team_leader' },
    ]);
    expect(minutes.agenda).toEqual([{ title: 'Trưởng đoàn kiểm tra kết luận', notes: 'Đạt' }]);
    expect(minutes.leaderConclusion).toBe('');
  });
});

describe('findingFromForm', () => {
  it('gives an achievement no responsibility and a violation its severity', () => {
    const common = { area: 'A3', description: 'Nội dung', holder: 'Phòng Tư pháp', holderKind: 'collective' };
    expect(findingFromForm(formOf({ ...common, kind: 'achievement' }))).toEqual({
      area: 'A3',
      kind: 'achievement',
      description: 'Nội dung',
    });
    expect(findingFromForm(formOf({ ...common, kind: 'violation', severity: 'serious' }))).toMatchObject({
      severity: 'serious',
      responsibilities: [{ holderKind: 'collective', holder: 'Phòng Tư pháp', description: '' }],
    });
  });

  it('leaves the responsibility out when no one is named, for the rules to flag', () => {
    expect(
      findingFromForm(formOf({ area: 'A1', kind: 'shortcoming', description: 'x', holder: ' ' })),
    ).toEqual({
      area: 'A1',
      kind: 'shortcoming',
      description: 'x',
      responsibilities: [],
    });
  });
});

describe('recommendationFromForm and evidenceFromForm', () => {
  it('turns an empty due date into null and evidence into one reference a line', () => {
    expect(recommendationFromForm(formOf({ action: 'a', responsible: 'b', dueDate: '' })).dueDate).toBeNull();
    expect(evidenceFromForm(formOf({ evidence: 'Báo cáo 12/BC-UBND\n\n  Ảnh chụp  \n' }))).toEqual([
      'Báo cáo 12/BC-UBND',
      'Ảnh chụp',
    ]);
  });
});
