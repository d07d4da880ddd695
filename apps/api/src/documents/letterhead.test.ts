import { describe, expect, it } from 'vitest';
import { abbreviationOf, parentLineOf, placeOf } from './letterhead.js';

describe('letterheads', () => {
  it('takes the place from the province: "Ủy ban nhân dân tỉnh Bình Định" is printed "Bình Định"', () => {
    expect(placeOf('Ủy ban nhân dân tỉnh Bình Định')).toBe('Bình Định');
    expect(placeOf('UBND tỉnh Gia Lai')).toBe('Gia Lai');
    expect(placeOf('Ủy ban nhân dân thành phố Hà Nội')).toBe('Hà Nội');
  });

  it('writes the parent line of a department in capitals with UBND abbreviated', () => {
    expect(parentLineOf('Ủy ban nhân dân tỉnh Bình Định')).toBe('UBND TỈNH BÌNH ĐỊNH');
  });

  it("uses the unit's short name as its abbreviation when it is one, else the initials of its name", () => {
    expect(abbreviationOf('Sở Nội vụ', 'SNV')).toBe('SNV');
    expect(abbreviationOf('Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT')).toBe('SKHĐT');
    expect(abbreviationOf('Văn phòng Ủy ban nhân dân tỉnh', 'Văn phòng UBND tỉnh')).toBe('VPUBND');
    expect(abbreviationOf('Ủy ban nhân dân huyện Tây Sơn', null)).toBe('UBNDTS');
  });
});
