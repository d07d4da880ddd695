import type { SeedOrgUnit } from './seed-types.js';
import { LAST_DAY_OF_BINH_DINH, RECORDED_FROM } from './validity.js';

/**
 * Communes outlive their district: on 1/7/2025 most were merged into new communes, some kept going
 * under the new province. Which one did what is not the 2024 plan's concern, so a commune's own end
 * is left open (an administrator closes it when the 2025 data is entered) while its link to the
 * district ends with the district. The 2025 reform is then new rows only, never an edit.
 */
const commune = (code: string, locality: string, districtCode: string): SeedOrgUnit => ({
  code,
  name: `Ủy ban nhân dân ${locality}`,
  shortName: `UBND ${locality}`,
  kind: 'commune',
  parentCode: districtCode,
  validFrom: RECORDED_FROM,
  validTo: null,
  parentValidTo: LAST_DAY_OF_BINH_DINH,
});

const inDistrict = (districtCode: string, communes: readonly (readonly [string, string])[]) =>
  communes.map(([code, locality]) => commune(code, locality, districtCode));

/**
 * Communes and towns of the six inspected districts as they stood in 2024. Not every commune is
 * listed: those the plan visits and enough of their neighbours to read the district's tree.
 */
export const COMMUNES: SeedOrgUnit[] = [
  ...inDistrict('huyen-tay-son', [
    ['tt-phu-phong', 'thị trấn Phú Phong'],
    ['xa-binh-tuong', 'xã Bình Tường'],
    ['xa-tay-giang', 'xã Tây Giang'],
    ['xa-binh-thanh-tay-son', 'xã Bình Thành'],
    ['xa-binh-hoa-tay-son', 'xã Bình Hòa'],
    ['xa-tay-xuan', 'xã Tây Xuân'],
    ['xa-tay-binh', 'xã Tây Bình'],
    ['xa-vinh-an', 'xã Vĩnh An'],
  ]),
  ...inDistrict('huyen-tuy-phuoc', [
    ['tt-tuy-phuoc', 'thị trấn Tuy Phước'],
    ['tt-dieu-tri', 'thị trấn Diêu Trì'],
    ['xa-phuoc-thuan', 'xã Phước Thuận'],
    ['xa-phuoc-son', 'xã Phước Sơn'],
    ['xa-phuoc-hung', 'xã Phước Hưng'],
    ['xa-phuoc-loc', 'xã Phước Lộc'],
    ['xa-phuoc-an', 'xã Phước An'],
  ]),
  ...inDistrict('huyen-hoai-an', [
    ['tt-tang-bat-ho', 'thị trấn Tăng Bạt Hổ'],
    ['xa-an-tin', 'xã Ân Tín'],
    ['xa-an-thanh', 'xã Ân Thạnh'],
    ['xa-an-hao-dong', 'xã Ân Hảo Đông'],
    ['xa-an-my', 'xã Ân Mỹ'],
    ['xa-bok-toi', 'xã Bok Tới'],
  ]),
  ...inDistrict('huyen-van-canh', [
    ['tt-van-canh', 'thị trấn Vân Canh'],
    ['xa-canh-vinh', 'xã Canh Vinh'],
    ['xa-canh-hien', 'xã Canh Hiển'],
    ['xa-canh-thuan', 'xã Canh Thuận'],
    ['xa-canh-hoa', 'xã Canh Hòa'],
    ['xa-canh-hiep', 'xã Canh Hiệp'],
    ['xa-canh-lien', 'xã Canh Liên'],
  ]),
  ...inDistrict('huyen-phu-cat', [
    ['tt-ngo-may', 'thị trấn Ngô Mây'],
    ['xa-cat-hanh', 'xã Cát Hanh'],
    ['xa-cat-tan', 'xã Cát Tân'],
    ['xa-cat-hiep', 'xã Cát Hiệp'],
    ['xa-cat-lam', 'xã Cát Lâm'],
    ['xa-cat-trinh', 'xã Cát Trinh'],
    ['xa-cat-nhon', 'xã Cát Nhơn'],
  ]),
  ...inDistrict('huyen-an-lao', [
    ['tt-an-lao', 'thị trấn An Lão'],
    ['xa-an-tan', 'xã An Tân'],
    ['xa-an-trung', 'xã An Trung'],
    ['xa-an-hung', 'xã An Hưng'],
    ['xa-an-vinh', 'xã An Vinh'],
    ['xa-an-toan', 'xã An Toàn'],
  ]),
];
