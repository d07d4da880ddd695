import { seedUnit } from './org-units.data.js';
import type { IsoDate, SeedInspection } from './seed-types.js';

/**
 * III.3 leaves the dates to each team leader ("Thời gian cụ thể do Trưởng Đoàn kiểm tra quyết
 * định"). The dates below are the seed's illustrative choice: working days of Q2–Q3 2024 (no
 * weekend, not 18/4, 29/4–1/5, 2–3/9, and not the swapped working Saturday 4/5), the first one more
 * than 10 working days after the plan's decision (1/4) so that the schedule notice (III.2.a) could
 * be sent on time; a team visits one target a day, communes on the district's day or the next.
 * Visits before 30/6/2024 are marked notified, later ones scheduled. The place is the unit's seat;
 * no street address is invented.
 */
const NOTIFIED_BEFORE: IsoDate = '2024-06-30';

const visit = (targetUnitCode: string, unitCode: string, date: IsoDate): SeedInspection => ({
  targetUnitCode,
  unitCode,
  form: 'on_site',
  status: date < NOTIFIED_BEFORE ? 'notified' : 'scheduled',
  startDate: date,
  endDate: date,
  place: `Trụ sở ${seedUnit(unitCode).name}`,
});

/** A district's own visit on `day`, its communes on the days given beside them. */
const district = (code: string, day: IsoDate, communes: readonly (readonly [string, IsoDate])[]) => [
  visit(code, code, day),
  ...communes.map(([commune, date]) => visit(code, commune, date)),
];

export const INSPECTIONS: SeedInspection[] = [
  // Đoàn kiểm tra of Sở Nội vụ.
  visit('so-ke-hoach-dau-tu', 'so-ke-hoach-dau-tu', '2024-05-07'),
  visit('so-cong-thuong', 'so-cong-thuong', '2024-05-09'),
  visit('so-nong-nghiep', 'so-nong-nghiep', '2024-05-14'),
  visit('so-lao-dong', 'so-lao-dong', '2024-05-16'),
  visit('ban-quan-ly-kkt', 'ban-quan-ly-kkt', '2024-05-21'),
  visit('cuc-hai-quan', 'cuc-hai-quan', '2024-05-23'),
  ...district('huyen-tay-son', '2024-06-04', [
    ['tt-phu-phong', '2024-06-04'],
    ['xa-binh-tuong', '2024-06-05'],
    ['xa-tay-giang', '2024-06-05'],
  ]),
  ...district('huyen-tuy-phuoc', '2024-06-11', [
    ['tt-tuy-phuoc', '2024-06-11'],
    ['xa-phuoc-thuan', '2024-06-12'],
    ['xa-phuoc-son', '2024-06-12'],
  ]),
  ...district('huyen-hoai-an', '2024-07-09', [
    ['tt-tang-bat-ho', '2024-07-09'],
    ['xa-an-tin', '2024-07-10'],
  ]),
  ...district('huyen-van-canh', '2024-07-16', [
    ['tt-van-canh', '2024-07-16'],
    ['xa-canh-vinh', '2024-07-17'],
  ]),
  // Đoàn kiểm tra of Văn phòng UBND tỉnh (formed 20/5, so its visits start late June).
  ...district('huyen-phu-cat', '2024-06-25', [
    ['tt-ngo-may', '2024-06-25'],
    ['xa-cat-hanh', '2024-06-26'],
    ['xa-cat-tan', '2024-06-26'],
  ]),
  visit('chi-nhanh-vpdkdd-phu-cat', 'chi-nhanh-vpdkdd-phu-cat', '2024-06-27'),
  ...district('huyen-an-lao', '2024-07-23', [
    ['tt-an-lao', '2024-07-23'],
    ['xa-an-tan', '2024-07-24'],
  ]),
  visit('chi-nhanh-vpdkdd-an-lao', 'chi-nhanh-vpdkdd-an-lao', '2024-07-25'),
];
