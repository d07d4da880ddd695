import { describe, expect, it } from 'vitest';
import { buildMonthGrids, mondayFirstColumn } from './month-grid.js';

/** Every day of a year as the API sends it, weekdays counted from a known start (0 = Sunday). */
function yearDays(year: number, firstWeekday: number): { date: string; weekday: number }[] {
  const lengths = [31, year % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const days: { date: string; weekday: number }[] = [];
  let weekday = firstWeekday;
  lengths.forEach((length, m) => {
    for (let d = 1; d <= length; d++) {
      days.push({
        date: `${year}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        weekday,
      });
      weekday = (weekday + 1) % 7;
    }
  });
  return days;
}

// 01/01/2024 was a Monday.
const grids = buildMonthGrids(yearDays(2024, 1));

describe('buildMonthGrids', () => {
  it('makes twelve months captioned as the page reads them', () => {
    expect(grids).toHaveLength(12);
    expect(grids[4]?.caption).toBe('Tháng 5/2024');
    expect(grids.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('starts January 2024 in the Monday column with no blank cell', () => {
    expect(grids[0]?.weeks[0]?.[0]?.date).toBe('2024-01-01');
  });

  it('puts Wednesday 01/05/2024 in the third column after two blanks', () => {
    const firstWeek = grids[4]?.weeks[0];
    expect(firstWeek?.slice(0, 2)).toEqual([null, null]);
    expect(firstWeek?.[2]?.date).toBe('2024-05-01');
  });

  it('puts Saturday 04/05/2024 (the working Saturday) in the T7 column', () => {
    expect(grids[4]?.weeks[0]?.[5]?.date).toBe('2024-05-04');
  });

  it('pads every week to seven cells and keeps every day exactly once', () => {
    for (const month of grids) for (const week of month.weeks) expect(week).toHaveLength(7);
    const all = grids.flatMap((m) => m.weeks.flat()).filter((d) => d !== null);
    expect(all).toHaveLength(366);
  });

  it('ends September 2024 (Monday 30/09) with six blanks', () => {
    const last = grids[8]?.weeks.at(-1);
    expect(last?.[0]?.date).toBe('2024-09-30');
    expect(last?.slice(1)).toEqual([null, null, null, null, null, null]);
  });

  it('returns nothing for no days', () => {
    expect(buildMonthGrids([])).toEqual([]);
  });
});

describe('mondayFirstColumn', () => {
  it('puts Monday first and Sunday last', () => {
    expect(mondayFirstColumn(1)).toBe(0);
    expect(mondayFirstColumn(6)).toBe(5);
    expect(mondayFirstColumn(0)).toBe(6);
  });
});
