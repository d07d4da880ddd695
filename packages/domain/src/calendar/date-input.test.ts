import { describe, expect, it } from 'vitest';
import { dateInputDisplay, normalizeDateInput, parseDateInput } from './date-input.js';
import { localDate } from './local-date.js';

describe('parseDateInput', () => {
  it('reads the day first, as Vietnamese write it (9/5/2024 is 9 May)', () => {
    expect(parseDateInput('9/5/2024')).toBe(localDate(2024, 5, 9));
    expect(parseDateInput('09/05/2024')).toBe(localDate(2024, 5, 9));
  });

  it('takes dashes, dots and stray spaces as separators', () => {
    expect(parseDateInput('9-5-2024')).toBe(localDate(2024, 5, 9));
    expect(parseDateInput('9.5.2024')).toBe(localDate(2024, 5, 9));
    expect(parseDateInput(' 9 / 5 / 2024 ')).toBe(localDate(2024, 5, 9));
  });

  it('reads the yyyy-mm-dd a stored value holds', () => {
    expect(parseDateInput('2024-05-09')).toBe(localDate(2024, 5, 9));
  });

  it('refuses impossible days, a two-digit year and words', () => {
    expect(parseDateInput('31/02/2024')).toBeUndefined();
    expect(parseDateInput('29/02/2023')).toBeUndefined();
    expect(parseDateInput('0/5/2024')).toBeUndefined();
    expect(parseDateInput('9/13/2024')).toBeUndefined();
    expect(parseDateInput('9/5/24')).toBeUndefined();
    expect(parseDateInput('ngày 9 tháng 5')).toBeUndefined();
    expect(parseDateInput('')).toBeUndefined();
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseDateInput('29/2/2024')).toBe(localDate(2024, 2, 29));
  });
});

describe('normalizeDateInput', () => {
  it('gives yyyy-mm-dd for a real date', () => {
    expect(normalizeDateInput(' 9/5/2024 ')).toBe('2024-05-09');
    expect(normalizeDateInput('2024-05-09')).toBe('2024-05-09');
  });

  it('keeps the numbers of an impossible date so the schema can say the day does not exist', () => {
    expect(normalizeDateInput('31/2/2024')).toBe('2024-02-31');
    expect(normalizeDateInput('2024-2-31')).toBe('2024-02-31');
  });

  it('leaves other text for the schema to refuse', () => {
    expect(normalizeDateInput('mai')).toBe('mai');
  });
});

describe('dateInputDisplay', () => {
  it('shows a stored or typed date as dd/mm/yyyy', () => {
    expect(dateInputDisplay('2024-05-09')).toBe('09/05/2024');
    expect(dateInputDisplay('9/5/2024')).toBe('09/05/2024');
  });

  it('shows what was typed when it is no date, and nothing for no value', () => {
    expect(dateInputDisplay('31/02/2024')).toBe('31/02/2024');
    expect(dateInputDisplay(null)).toBe('');
    expect(dateInputDisplay(undefined)).toBe('');
  });
});
