import { COMMUNES } from './commune-units.data.js';
import { DISTRICT_OFFICES, DISTRICTS, LAND_REGISTRATION_BRANCHES } from './district-units.data.js';
import { PROVINCIAL_UNITS } from './provincial-units.data.js';
import type { SeedOrgUnit } from './seed-types.js';

/** Every unit of the seed, parents before children so that the loader can link them in order. */
export const ORG_UNITS: SeedOrgUnit[] = [
  ...PROVINCIAL_UNITS,
  ...LAND_REGISTRATION_BRANCHES,
  ...DISTRICTS,
  ...DISTRICT_OFFICES,
  ...COMMUNES,
];

/** The unit with `code`; the seed's own tests guarantee every code it refers to exists. */
export function seedUnit(code: string): SeedOrgUnit {
  const unit = ORG_UNITS.find((u) => u.code === code);
  if (!unit) throw new Error(`Dữ liệu khởi tạo không có đơn vị mã "${code}"`);
  return unit;
}
