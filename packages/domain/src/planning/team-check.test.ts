import { describe, expect, it } from 'vitest';
import { checkTeam, type MemberAgency, type TeamMember, type TeamToCheck } from './team-check.js';
import { d } from './test-fixtures.js';

/** Seed IV.1, plus Công an tỉnh for the thematic TTHC team (V.2). */
const memberAgencies: MemberAgency[] = [
  { id: 'snv', name: 'Sở Nội vụ' },
  { id: 'vp', name: 'Văn phòng UBND tỉnh' },
  { id: 'stp', name: 'Sở Tư pháp' },
  { id: 'ca', name: 'Công an tỉnh', isPoliceUnit: true },
];
const member = (
  personId: string,
  personName: string,
  role: TeamMember['role'],
  agencyId: string,
  agencyName: string,
): TeamMember => ({
  personId,
  personName,
  role,
  agencyId,
  agencyName,
});
const team = (overrides: Partial<TeamToCheck> = {}): TeamToCheck => ({
  name: 'Đoàn kiểm tra số 1',
  kind: 'comprehensive',
  decision: { number: '45/QĐ-SNV', date: d('2024-04-10'), signerOffice: 'director_home_affairs' },
  members: [
    member('p1', 'Nguyễn Văn An', 'leader', 'snv', 'Sở Nội vụ'),
    member('p2', 'Trần Thị Bình', 'member', 'stp', 'Sở Tư pháp'),
    member('p3', 'Lê Văn Cường', 'press', 'bbd', 'Báo Bình Định'),
  ],
  ...overrides,
});
const messages = (t: TeamToCheck) => {
  const r = checkTeam({ team: t, memberAgencies });
  return r.ok ? [] : r.issues.map((i) => i.message);
};

describe('checkTeam', () => {
  it('accepts a team with one leader, member agencies and invited press', () => {
    expect(checkTeam({ team: team(), memberAgencies })).toEqual({ ok: true });
  });

  it('refuses a team without a leader, and one with two', () => {
    expect(
      messages(team({ members: [member('p2', 'Trần Thị Bình', 'member', 'stp', 'Sở Tư pháp')] })),
    ).toEqual(['Đoàn kiểm tra số 1 chưa có Trưởng đoàn; hãy chọn một người làm Trưởng đoàn.']);
    expect(
      messages(
        team({
          members: [
            member('p1', 'Nguyễn Văn An', 'leader', 'snv', 'Sở Nội vụ'),
            member('p2', 'Trần Thị Bình', 'leader', 'stp', 'Sở Tư pháp'),
          ],
        }),
      ),
    ).toEqual([
      'Đoàn kiểm tra số 1 có 2 Trưởng đoàn (Nguyễn Văn An, Trần Thị Bình); mỗi đoàn chỉ có một Trưởng đoàn.',
    ]);
  });

  it('refuses a member from an agency outside the plan’s member agencies', () => {
    expect(
      messages(
        team({ members: [...team().members, member('p4', 'Phạm Văn Dũng', 'member', 'sxd', 'Sở Xây dựng')] }),
      ),
    ).toEqual([
      'Phạm Văn Dũng thuộc Sở Xây dựng, không phải cơ quan tham gia Đoàn kiểm tra theo kế hoạch; hãy chọn người của các cơ quan: Sở Nội vụ, Văn phòng UBND tỉnh, Sở Tư pháp, Công an tỉnh.',
    ]);
  });

  it('refuses a person listed twice', () => {
    expect(
      messages(
        team({
          members: [...team().members, member('p2', 'Trần Thị Bình', 'secretary', 'stp', 'Sở Tư pháp')],
        }),
      ),
    ).toEqual(['Trần Thị Bình có tên hai lần trong Đoàn kiểm tra số 1; hãy bỏ bớt một lần.']);
  });

  it('requires the forming decision with its number, date and signer', () => {
    expect(messages(team({ decision: null }))).toEqual([
      'Chưa có quyết định thành lập Đoàn kiểm tra số 1; hãy nhập số, ngày và chức danh người ký (Giám đốc Sở Nội vụ).',
    ]);
    expect(messages(team({ decision: { number: ' ', date: null, signerOffice: null } }))).toEqual([
      'Chưa có số quyết định thành lập Đoàn kiểm tra số 1.',
      'Chưa có ngày ký quyết định thành lập Đoàn kiểm tra số 1.',
      'Chưa có chức danh người ký quyết định thành lập Đoàn kiểm tra số 1; người ký là Giám đốc Sở Nội vụ.',
    ]);
  });

  it('refuses an ordinary team signed by anyone but the Director of Sở Nội vụ', () => {
    expect(
      messages(
        team({ decision: { number: '45/QĐ-UBND', date: d('2024-04-10'), signerOffice: 'chairman_ppc' } }),
      ),
    ).toEqual([
      'Quyết định thành lập Đoàn kiểm tra số 1 do Chủ tịch UBND tỉnh ký; Đoàn kiểm tra do Giám đốc Sở Nội vụ quyết định thành lập (mục V.1 của Kế hoạch).',
    ]);
  });

  describe('the thematic TTHC team (seed V.2)', () => {
    const thematic = (
      members: TeamMember[],
      signerOffice: 'chief_of_office_ppc' | 'director_home_affairs' = 'chief_of_office_ppc',
    ) =>
      team({
        name: 'Đoàn kiểm tra chuyên đề TTHC',
        kind: 'thematic_tthc',
        decision: { number: '12/QĐ-VPUBND', date: d('2024-04-12'), signerOffice },
        members,
      });
    const leader = member('v1', 'Đỗ Minh Hải', 'leader', 'vp', 'Văn phòng UBND tỉnh');
    const police = member('c1', 'Võ Thành Long', 'member', 'ca', 'Công an tỉnh');

    it('accepts it signed by the Chief of VP UBND tỉnh with a PC06 member', () => {
      expect(checkTeam({ team: thematic([leader, police]), memberAgencies })).toEqual({ ok: true });
    });

    it('refuses it signed by the Director of Sở Nội vụ', () => {
      expect(messages(thematic([leader, police], 'director_home_affairs'))).toEqual([
        'Quyết định thành lập Đoàn kiểm tra chuyên đề TTHC do Giám đốc Sở Nội vụ ký; Đoàn kiểm tra chuyên đề công tác giải quyết thủ tục hành chính do Chánh Văn phòng UBND tỉnh quyết định thành lập (mục V.2 của Kế hoạch).',
      ]);
    });

    it('refuses it without a member from the provincial police', () => {
      expect(messages(thematic([leader]))).toEqual([
        'Đoàn kiểm tra chuyên đề TTHC phải có thành viên của Công an tỉnh (Phòng PC06) theo mục V.2 của Kế hoạch; hãy bổ sung.',
      ]);
    });
  });
});
