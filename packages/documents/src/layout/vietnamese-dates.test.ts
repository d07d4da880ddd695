import { describe, expect, it } from 'vitest';
import { longDate, placeAndDate, shortDate } from './vietnamese-dates.js';

describe('dates as Decree 30 writes them', () => {
  it('puts a zero before a day below 10 and before the months 1 and 2 only', () => {
    expect(longDate('2020-01-05')).toBe('ngày 05 tháng 01 năm 2020');
    expect(longDate('2024-02-14')).toBe('ngày 14 tháng 02 năm 2024');
    expect(longDate('2024-04-12')).toBe('ngày 12 tháng 4 năm 2024');
    expect(longDate('2024-06-04')).toBe('ngày 04 tháng 6 năm 2024');
    expect(longDate('2024-12-31')).toBe('ngày 31 tháng 12 năm 2024');
  });

  it('writes the place, a comma, then the date', () => {
    expect(placeAndDate('Bình Định', '2024-03-28')).toBe('Bình Định, ngày 28 tháng 3 năm 2024');
  });

  it('leaves blanks on an undated draft, with its year when known', () => {
    expect(placeAndDate('Bình Định', null, 2024)).toBe('Bình Định, ngày      tháng      năm 2024');
    expect(placeAndDate('Gia Lai', null)).toMatch(/^Gia Lai, ngày +tháng +năm +$/);
  });

  it('writes short dates as dd/mm/yyyy', () => {
    expect(shortDate('2024-05-07')).toBe('07/05/2024');
  });
});
