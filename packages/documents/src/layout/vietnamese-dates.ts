import { parseIsoDate, toYmd } from '@kiemtra/domain';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The date line of a document as Decree 30 writes it: a day below 10 and the months 1 and 2 get a
 * leading zero, the other months do not ("ngày 05 tháng 01 năm 2024", "ngày 12 tháng 4 năm 2024").
 * A draft without a date leaves the blanks to fill by hand.
 * @example placeAndDate('Bình Định', '2024-04-12') // 'Bình Định, ngày 12 tháng 4 năm 2024'
 */
export function placeAndDate(place: string, isoDate: string | null, draftYear?: number): string {
  if (isoDate === null) return `${place}, ngày      tháng      năm ${draftYear ?? '      '}`;
  return `${place}, ${longDate(isoDate)}`;
}

/** "ngày 05 tháng 01 năm 2024", with Decree 30's zero-padding. */
export function longDate(isoDate: string): string {
  const { year, month, day } = toYmd(parseIsoDate(isoDate));
  const monthText = month <= 2 ? pad(month) : String(month);
  return `ngày ${pad(day)} tháng ${monthText} năm ${year}`;
}

/** dd/mm/yyyy, as every date a person reads in kiemtra. */
export function shortDate(isoDate: string): string {
  const { year, month, day } = toYmd(parseIsoDate(isoDate));
  return `${pad(day)}/${pad(month)}/${year}`;
}
