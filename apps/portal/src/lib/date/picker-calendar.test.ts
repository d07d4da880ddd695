import { describe, expect, it } from 'vitest';
import { pickerDayInfo, toCalendarDate } from './picker-calendar';

describe('the date picker reads dates day first and knows the days off', () => {
  it('opens on 9 May for 9/5/2024', () => {
    const d = toCalendarDate('9/5/2024');
    expect([d?.year, d?.month, d?.day]).toEqual([2024, 5, 9]);
  });

  it('has no value for text that is no date', () => {
    expect(toCalendarDate('31/02/2024')).toBeUndefined();
  });

  it('marks a weekend, a holiday and an ordinary working day', () => {
    expect(pickerDayInfo({ year: 2024, month: 5, day: 11 })?.working).toBe(false);
    const labourDay = pickerDayInfo({ year: 2024, month: 5, day: 1 });
    expect(labourDay?.working).toBe(false);
    expect(labourDay?.kind).toBe('holiday');
    expect(pickerDayInfo({ year: 2024, month: 5, day: 9 })?.working).toBe(true);
  });

  it('knows the 2024 working Saturday made up for the 30/4 swap', () => {
    expect(pickerDayInfo({ year: 2024, month: 5, day: 4 })?.kind).toBe('working_weekend');
  });
});
