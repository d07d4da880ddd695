import { describe, expect, it } from 'vitest';
import { provinceSetupInput, provinceSetupOf } from './province-setup.js';

const INPUT = {
  code: 'quang-tri',
  name: 'Tỉnh Quảng Trị',
  validFrom: '01/07/2025',
  admin: { username: 'quantri.qt', fullName: 'Lê Thị Hoa' },
};
const messages = (input: unknown) =>
  provinceSetupInput.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('provinceSetupInput', () => {
  it('reads a province and its administrator, with the date as a person writes it', () => {
    const parsed = provinceSetupInput.parse(INPUT);
    expect(parsed).toMatchObject({ code: 'quang-tri', validFrom: '2025-07-01' });
  });

  it('refuses a code with capitals, diacritics or spaces, saying what a code is', () => {
    for (const code of ['Quang-Tri', 'quảng-trị', 'quang tri', 'q', '-qt']) {
      expect(messages({ ...INPUT, code })).toEqual([
        ['code', 'Mã tỉnh gồm chữ thường không dấu, chữ số và dấu gạch ngang (2–40 ký tự), ví dụ quang-tri.'],
      ]);
    }
  });

  it('refuses a name that is not a province’s', () => {
    expect(messages({ ...INPUT, name: 'Quảng Trị' })).toEqual([
      ['name', 'Tên tỉnh bắt đầu bằng "Tỉnh" hoặc "Thành phố", ví dụ Tỉnh Quảng Trị.'],
    ]);
    expect(messages({ ...INPUT, name: 'Thành phố Huế' })).toEqual([]);
  });

  it('refuses a username with capitals or spaces, and a missing full name', () => {
    expect(messages({ ...INPUT, admin: { username: 'Quan Tri', fullName: '' } })).toEqual([
      [
        'admin.username',
        'Tên đăng nhập gồm chữ thường không dấu, chữ số, dấu chấm, gạch ngang (3–100 ký tự), ví dụ quantri.',
      ],
      ['admin.fullName', 'Hãy nhập họ và tên của quản trị hệ thống.'],
    ]);
  });

  it('refuses a date that is not in the calendar', () => {
    expect(messages({ ...INPUT, validFrom: '31/02/2025' })).toEqual([
      ['validFrom', 'Ngày không tồn tại trong lịch, hãy kiểm tra lại ngày và tháng.'],
    ]);
  });
});

describe('provinceSetupOf', () => {
  it('fills the place, the committee and the home-affairs body from the province’s name', () => {
    expect(provinceSetupOf(provinceSetupInput.parse(INPUT))).toEqual({
      tenant: { id: 'quang-tri', name: 'Tỉnh Quảng Trị', placeName: 'Quảng Trị' },
      committee: { name: 'Ủy ban nhân dân tỉnh Quảng Trị', shortName: 'UBND tỉnh Quảng Trị' },
      homeAffairs: { name: 'Sở Nội vụ', shortName: 'SNV' },
      validFrom: '2025-07-01',
      admin: { username: 'quantri.qt', fullName: 'Lê Thị Hoa', position: null },
    });
  });

  it('keeps what the province gave, an empty answer counting as none', () => {
    const setup = provinceSetupOf(
      provinceSetupInput.parse({
        ...INPUT,
        name: 'Thành phố Huế',
        placeName: 'Thừa Thiên Huế',
        committeeName: '  ',
        homeAffairsName: 'Sở Nội vụ thành phố Huế',
        admin: { ...INPUT.admin, position: 'Chuyên viên' },
      }),
    );
    expect(setup.tenant.placeName).toBe('Thừa Thiên Huế');
    expect(setup.committee.name).toBe('Ủy ban nhân dân thành phố Huế');
    expect(setup.homeAffairs.name).toBe('Sở Nội vụ thành phố Huế');
    expect(setup.admin.position).toBe('Chuyên viên');
  });
});
