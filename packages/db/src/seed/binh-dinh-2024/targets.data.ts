import type { SeedTarget } from './seed-types.js';

const TEAM_SNV = 'doan-snv';
const TEAM_VP_UBND = 'doan-vp-ubnd';

const provincial = (unitCode: string): SeedTarget => ({
  unitCode,
  inspectionKind: 'comprehensive',
  group: 'provincial_agencies',
  teamCode: TEAM_SNV,
  note: null,
  subUnitCodes: [],
});

/**
 * III.1 in the seed's order. "Mỗi địa phương cấp huyện sẽ kiểm tra từ 02 đến 03 đơn vị cấp xã" names
 * no commune: the communes below are this seed's choice (the district town plus one or two
 * communes of different kinds), for the team leader to change.
 */
export const TARGETS: SeedTarget[] = [
  // III.1.a, Khối cơ quan thuộc tỉnh.
  provincial('so-ke-hoach-dau-tu'),
  provincial('so-cong-thuong'),
  provincial('so-nong-nghiep'),
  provincial('so-lao-dong'),
  provincial('ban-quan-ly-kkt'),
  // III.1.a, Khối cơ quan Trung ương trên địa bàn tỉnh.
  {
    unitCode: 'cuc-hai-quan',
    inspectionKind: 'comprehensive',
    group: 'central_agencies',
    teamCode: TEAM_SNV,
    note: null,
    subUnitCodes: [],
  },
  // III.1.a, Khối Ủy ban nhân dân cấp huyện.
  {
    unitCode: 'huyen-tay-son',
    inspectionKind: 'comprehensive',
    group: 'district_comprehensive',
    teamCode: TEAM_SNV,
    note: null,
    subUnitCodes: ['tt-phu-phong', 'xa-binh-tuong', 'xa-tay-giang'],
  },
  {
    unitCode: 'huyen-tuy-phuoc',
    inspectionKind: 'comprehensive',
    group: 'district_comprehensive',
    teamCode: TEAM_SNV,
    note: null,
    subUnitCodes: ['tt-tuy-phuoc', 'xa-phuoc-thuan', 'xa-phuoc-son'],
  },
  {
    unitCode: 'huyen-hoai-an',
    inspectionKind: 'comprehensive',
    group: 'district_comprehensive',
    teamCode: TEAM_SNV,
    note: null,
    subUnitCodes: ['tt-tang-bat-ho', 'xa-an-tin'],
  },
  {
    unitCode: 'huyen-van-canh',
    inspectionKind: 'comprehensive',
    group: 'district_comprehensive',
    teamCode: TEAM_SNV,
    note: null,
    subUnitCodes: ['tt-van-canh', 'xa-canh-vinh'],
  },
  // III.1.b: the thematic inspection of administrative-procedure handling (V.2: VP UBND's team).
  {
    unitCode: 'huyen-phu-cat',
    inspectionKind: 'thematic',
    group: 'district_thematic',
    teamCode: TEAM_VP_UBND,
    note: null,
    subUnitCodes: ['tt-ngo-may', 'xa-cat-hanh', 'xa-cat-tan'],
  },
  {
    unitCode: 'huyen-an-lao',
    inspectionKind: 'thematic',
    group: 'district_thematic',
    teamCode: TEAM_VP_UBND,
    note: null,
    subUnitCodes: ['tt-an-lao', 'xa-an-tan'],
  },
  // II.1.b, 4th topic: "các Chi nhánh Văn phòng Đăng ký đất đai" with no branch named and no team
  // given. The seed's choice: the branches of the two thematic districts, by the same team, so the
  // team sees the whole chain of a land procedure in one district.
  {
    unitCode: 'chi-nhanh-vpdkdd-phu-cat',
    inspectionKind: 'thematic',
    group: 'land_registration_branches',
    teamCode: TEAM_VP_UBND,
    note: 'Chi nhánh do dữ liệu khởi tạo chọn; Kế hoạch không nêu tên chi nhánh được kiểm tra.',
    subUnitCodes: [],
  },
  {
    unitCode: 'chi-nhanh-vpdkdd-an-lao',
    inspectionKind: 'thematic',
    group: 'land_registration_branches',
    teamCode: TEAM_VP_UBND,
    note: 'Chi nhánh do dữ liệu khởi tạo chọn; Kế hoạch không nêu tên chi nhánh được kiểm tra.',
    subUnitCodes: [],
  },
];
