import { PROVINCE_CODE } from './provincial-units.data.js';
import type { SeedOrgUnit } from './seed-types.js';
import { LAST_DAY_OF_BINH_DINH, RECORDED_FROM } from './validity.js';

/**
 * The unit inspected at district level is the People's Committee, so every district-level unit is
 * named as its UBND ("Ủy ban nhân dân huyện Tây Sơn"); communes follow the same rule.
 */
const unit = (
  code: string,
  name: string,
  shortName: string,
  kind: SeedOrgUnit['kind'],
  parentCode: string,
): SeedOrgUnit => ({
  code,
  name,
  shortName,
  kind,
  parentCode,
  validFrom: RECORDED_FROM,
  validTo: LAST_DAY_OF_BINH_DINH,
  parentValidTo: LAST_DAY_OF_BINH_DINH,
});

const district = (code: string, locality: string): SeedOrgUnit =>
  unit(code, `Ủy ban nhân dân ${locality}`, `UBND ${locality}`, 'district', PROVINCE_CODE);

/** The 11 district-level units of Bình Định in 2024. */
export const DISTRICTS: SeedOrgUnit[] = [
  district('tp-quy-nhon', 'thành phố Quy Nhơn'),
  district('tx-an-nhon', 'thị xã An Nhơn'),
  district('tx-hoai-nhon', 'thị xã Hoài Nhơn'),
  district('huyen-tuy-phuoc', 'huyện Tuy Phước'),
  district('huyen-phu-cat', 'huyện Phù Cát'),
  district('huyen-phu-my', 'huyện Phù Mỹ'),
  district('huyen-tay-son', 'huyện Tây Sơn'),
  district('huyen-hoai-an', 'huyện Hoài Ân'),
  district('huyen-an-lao', 'huyện An Lão'),
  district('huyen-vinh-thanh', 'huyện Vĩnh Thạnh'),
  district('huyen-van-canh', 'huyện Vân Canh'),
];

/** The six districts the plan inspects (III.1.a and III.1.b). */
const INSPECTED_DISTRICTS = [
  { code: 'huyen-tay-son', slug: 'tay-son', locality: 'huyện Tây Sơn' },
  { code: 'huyen-tuy-phuoc', slug: 'tuy-phuoc', locality: 'huyện Tuy Phước' },
  { code: 'huyen-hoai-an', slug: 'hoai-an', locality: 'huyện Hoài Ân' },
  { code: 'huyen-van-canh', slug: 'van-canh', locality: 'huyện Vân Canh' },
  { code: 'huyen-phu-cat', slug: 'phu-cat', locality: 'huyện Phù Cát' },
  { code: 'huyen-an-lao', slug: 'an-lao', locality: 'huyện An Lão' },
] as const;

/**
 * IV.2: the leaders of the district's Office of the People's Council and Committee and of its
 * Home Affairs division attend when the team works at a commune, so they are units here.
 */
export const DISTRICT_OFFICES: SeedOrgUnit[] = INSPECTED_DISTRICTS.flatMap((d) => [
  unit(
    `vp-hdnd-ubnd-${d.slug}`,
    `Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${d.locality}`,
    `Văn phòng HĐND và UBND ${d.locality}`,
    'other',
    d.code,
  ),
  unit(`phong-noi-vu-${d.slug}`, `Phòng Nội vụ ${d.locality}`, `Phòng Nội vụ ${d.locality}`, 'other', d.code),
]);

/**
 * The branches of the provincial Land Registration Office, one per district; only those of the
 * inspected districts are recorded. They belong to the Office (under Sở TN&MT), not to the district.
 */
export const LAND_REGISTRATION_BRANCHES: SeedOrgUnit[] = INSPECTED_DISTRICTS.map((d) =>
  unit(
    `chi-nhanh-vpdkdd-${d.slug}`,
    `Chi nhánh Văn phòng Đăng ký đất đai ${d.locality}`,
    `Chi nhánh VPĐKĐĐ ${d.locality}`,
    'other',
    'vp-dang-ky-dat-dai',
  ),
);
