import { describe, expect, it } from 'vitest';
import { proposeAttendees } from './attendees.js';

const common = (unitName: string) => [
  { role: 'Người đứng đầu cơ quan, đơn vị được kiểm tra', unitName },
  {
    role: 'Người đứng đầu các cơ quan, đơn vị thuộc và trực thuộc có liên quan đến nội dung kiểm tra',
    unitName,
  },
  { role: 'Công chức, viên chức được giao nhiệm vụ theo dõi, tham mưu công tác CCHC', unitName },
];

describe('proposeAttendees (seed IV.2)', () => {
  it('proposes the head, the sub-unit heads and the CCHC officers of a department', () => {
    expect(
      proposeAttendees({
        unit: { name: 'Sở Công Thương', kind: 'department' },
        parent: { name: 'Tỉnh Bình Định', kind: 'province' },
        landRegistrationOffice: null,
      }),
    ).toEqual(common('Sở Công Thương'));
  });

  it('adds the district office and the district Phòng Nội vụ for a commune', () => {
    expect(
      proposeAttendees({
        unit: { name: 'Xã Bình Tường', kind: 'commune' },
        parent: { name: 'Huyện Tây Sơn', kind: 'district' },
        landRegistrationOffice: null,
      }),
    ).toEqual([
      ...common('Xã Bình Tường'),
      { role: 'Lãnh đạo Văn phòng HĐND và UBND cấp huyện', unitName: 'Huyện Tây Sơn' },
      { role: 'Phòng Nội vụ cấp huyện', unitName: 'Huyện Tây Sơn' },
    ]);
  });

  it('adds no district attendees for a 2026 commune directly under the province', () => {
    expect(
      proposeAttendees({
        unit: { name: 'Xã Bình Tường', kind: 'commune' },
        parent: { name: 'Tỉnh Gia Lai', kind: 'province' },
        landRegistrationOffice: null,
      }),
    ).toEqual(common('Xã Bình Tường'));
  });

  it('adds the provincial Land Registration Office for a land-registration branch', () => {
    expect(
      proposeAttendees({
        unit: {
          name: 'Chi nhánh Văn phòng Đăng ký đất đai huyện Tây Sơn',
          kind: 'other',
          isLandRegistrationBranch: true,
        },
        parent: { name: 'Văn phòng Đăng ký đất đai tỉnh', kind: 'other' },
        landRegistrationOffice: { name: 'Văn phòng Đăng ký đất đai tỉnh Bình Định' },
      }).at(-1),
    ).toEqual({
      role: 'Lãnh đạo Văn phòng Đăng ký đất đai tỉnh',
      unitName: 'Văn phòng Đăng ký đất đai tỉnh Bình Định',
    });
  });
});
