import type { IsoDate } from './seed-types.js';

/**
 * The seed records units as they stood in 2024, not when each was founded or renamed (An Nhơn
 * became a town in 2011, Hoài Nhơn in 2020): every unit is recorded from the day Bình Định was
 * re-established out of Nghĩa Bình (1 July 1989), a date before any plan kiemtra holds.
 */
export const RECORDED_FROM: IsoDate = '1989-07-01';

/**
 * The last day of Bình Định's three-tier local government. From 1 July 2025 the province is part
 * of Gia Lai and the district level no longer exists (Resolution 202/2025/QH15; the two-tier local
 * government from 1/7/2025), so the province, its districts and every unit of the provincial and
 * district apparatus end here. The March 2025 department mergers ended some departments earlier;
 * the seed does not record those, an administrator can close them earlier when the data is needed.
 */
export const LAST_DAY_OF_BINH_DINH: IsoDate = '2025-06-30';
