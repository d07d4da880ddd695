import { describe, expect, it } from 'vitest';
import {
  countBy,
  decisionNumberText,
  decisionText,
  formatDate,
  formatDateRange,
  todayInVietnamIso,
} from './format.js';

describe('formatDate', () => {
  it('writes an ISO date as dd/mm/yyyy without shifting the day', () => {
    expect(formatDate('2024-04-01')).toBe('01/04/2024');
    expect(formatDate('2024-12-31')).toBe('31/12/2024');
  });

  it('reads only the date part of a timestamp', () => {
    expect(formatDate('2024-09-30T23:30:00Z')).toBe('30/09/2024');
  });

  it('shows a placeholder for a missing or malformed date', () => {
    expect(formatDate(null)).toBe('…');
    expect(formatDate(undefined, 'Chưa xác định')).toBe('Chưa xác định');
    expect(formatDate('01/04/2024')).toBe('…');
  });
});

describe('formatDateRange', () => {
  it('writes the plan window as the seed does', () => {
    expect(formatDateRange('2024-04-01', '2024-09-30')).toBe('Từ 01/04/2024 đến 30/09/2024');
  });

  it('writes a one-day visit as a single date', () => {
    expect(formatDateRange('2024-05-07', '2024-05-07')).toBe('Ngày 07/05/2024');
    expect(formatDateRange('2024-05-07', null)).toBe('Ngày 07/05/2024');
  });

  it('says the dates are not set yet when neither end is known', () => {
    expect(formatDateRange(null, null)).toBe('Chưa xác định');
  });
});

describe('decisionNumberText', () => {
  it('leaves the number blank as the seed was published', () => {
    expect(decisionNumberText(null)).toBe('Quyết định số …/QĐ-UBND');
  });

  it('adds the UBND suffix only when the number lacks one', () => {
    expect(decisionNumberText('1234')).toBe('Quyết định số 1234/QĐ-UBND');
    expect(decisionNumberText('1234/QĐ-UBND')).toBe('Quyết định số 1234/QĐ-UBND');
  });
});

describe('decisionText', () => {
  it('cites the number and the date with a space between them', () => {
    expect(decisionText(null, '2024-04-01')).toBe('Quyết định số …/QĐ-UBND ngày 01/04/2024');
    expect(decisionText('115/QĐ-SNV', null)).toBe('Quyết định số 115/QĐ-SNV');
  });
});

describe('todayInVietnamIso', () => {
  it('takes the date in UTC+7, a day ahead of UTC late in the evening', () => {
    expect(todayInVietnamIso(new Date('2024-05-31T18:00:00Z'))).toBe('2024-06-01');
    expect(todayInVietnamIso(new Date('2024-05-31T16:59:59Z'))).toBe('2024-05-31');
  });
});

describe('countBy', () => {
  it('counts items per key in first-seen order', () => {
    const counts = countBy(['a', 'b', 'a'], (s) => s);
    expect([...counts]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });
});
