import { describe, expect, it } from 'vitest';
import { parseIsoDate, toIsoDate } from '../calendar/local-date.js';
import { isoWeekOf } from './timeline.js';

describe('isoWeekOf', () => {
  it.each([
    ['2024-05-07', 2024, 19, '2024-05-06'],
    ['2024-01-01', 2024, 1, '2024-01-01'],
    ['2021-01-03', 2020, 53, '2020-12-28'],
    ['2024-12-30', 2025, 1, '2024-12-30'],
    ['2024-09-29', 2024, 39, '2024-09-23'],
  ])('puts %s in week %i/%i starting on Monday %s', (day, year, week, monday) => {
    const w = isoWeekOf(parseIsoDate(day));
    expect([w.year, w.week, toIsoDate(w.start)]).toEqual([year, week, monday]);
  });
});
