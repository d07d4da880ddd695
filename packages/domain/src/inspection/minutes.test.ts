import { describe, expect, it } from 'vitest';
import { checkMinutes, DEFAULT_MINUTES_AGENDA, type MinutesInput, minutesSchema } from './minutes.js';
import { codesOf, d, messagesOf } from './test-fixtures.js';

const input: MinutesInput = {
  date: '2024-08-28',
  place: 'Trụ sở UBND huyện Tây Sơn',
  attendees: [
    {
      name: 'Nguyễn Văn A',
      position: 'Phó Giám đốc Sở Nội vụ',
      organisation: 'Sở Nội vụ',
      role: 'team_leader',
    },
    {
      name: 'Trần Thị B',
      position: 'Chủ tịch UBND huyện',
      organisation: 'UBND huyện Tây Sơn',
      role: 'unit_head',
    },
  ],
};

describe('minutesSchema', () => {
  it('parses the minutes and fills in the agenda of seed III.2.c', () => {
    const m = minutesSchema.parse(input);
    expect(m.date).toBe(d('2024-08-28'));
    expect(m.agenda.map((a) => a.title)).toEqual(DEFAULT_MINUTES_AGENDA.map((a) => a.title));
    expect(m.agenda.at(-1)?.title).toBe('Trưởng đoàn kiểm tra kết luận');
    expect(m.discussion).toBe('');
  });

  it('does not share the default agenda between two minutes', () => {
    const a = minutesSchema.parse(input);
    const first = a.agenda[0];
    if (first) first.notes = 'Đã kiểm tra hồ sơ';
    expect(minutesSchema.parse(input).agenda[0]?.notes).toBe('');
  });

  it('refuses a blank place and an unknown attendee role, in Vietnamese', () => {
    const r = minutesSchema.safeParse({
      ...input,
      place: ' ',
      attendees: [{ name: 'X', organisation: 'Y', role: 'boss' }],
    });
    expect(r.success).toBe(false);
    const messages = r.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toContain('Hãy nhập địa điểm làm việc.');
    expect(messages).toContain('Thành phần tham dự không hợp lệ.');
  });
});

describe('checkMinutes', () => {
  const minutes = minutesSchema.parse(input);

  it('accepts minutes of the first on-site day with the unit head and the team leader', () => {
    expect(checkMinutes(minutes, { firstOnSiteDay: d('2024-08-28') })).toEqual({ ok: true });
  });

  it('accepts a stand-in for the unit head, and minutes written on a later day', () => {
    const standIn = minutesSchema.parse({
      ...input,
      date: '2024-08-29',
      attendees: [
        { name: 'Lê C', organisation: 'Sở Nội vụ', role: 'team_member' },
        { name: 'Phạm D', organisation: 'UBND huyện Tây Sơn', role: 'unit_head_standin' },
      ],
    });
    expect(checkMinutes(standIn, { firstOnSiteDay: d('2024-08-28') })).toEqual({ ok: true });
  });

  it('refuses minutes dated before the first on-site day', () => {
    expect(messagesOf(checkMinutes(minutes, { firstOnSiteDay: d('2024-08-29') }))).toEqual([
      'Ngày lập biên bản (28/08/2024) không được trước ngày kiểm tra đầu tiên (29/08/2024); hãy sửa ngày lập biên bản.',
    ]);
  });

  it('refuses minutes without the unit head and without a team member; the press is not a member', () => {
    const r = checkMinutes(
      {
        date: d('2024-08-28'),
        attendees: [
          { name: 'Phóng viên', position: '', organisation: 'Báo Bình Định', role: 'press' },
          { name: 'Công chức', position: '', organisation: 'UBND huyện', role: 'cchc_officer' },
        ],
      },
      { firstOnSiteDay: d('2024-08-28') },
    );
    expect(codesOf(r)).toEqual(['minutes_unit_head_missing', 'minutes_team_member_missing']);
    expect(messagesOf(r)).toEqual([
      'Biên bản phải có người đứng đầu cơ quan, đơn vị được kiểm tra hoặc người được ủy quyền tham dự; hãy bổ sung vào thành phần tham dự.',
      'Biên bản phải có ít nhất một thành viên Đoàn kiểm tra tham dự; hãy bổ sung vào thành phần tham dự.',
    ]);
    expect(r.ok === false && r.issues[0]?.field).toBe('attendees');
  });
});
