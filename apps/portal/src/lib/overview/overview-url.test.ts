import { describe, expect, it } from 'vitest';
import { overviewFiltersFromUrl, overviewHref } from './overview-url';

const url = (q: string) => new URL(`http://x/tong-quan${q}`);

describe('the leadership view’s address', () => {
  it('reads the year, the grouping and the figure drilled into, and writes them back', () => {
    const f = overviewFiltersFromUrl(url('?nam=2024&theo=doan&xem=UNIT_REPORT.missed.all'));
    expect(f).toEqual({ year: 2024, by: 'team', figure: 'UNIT_REPORT.missed.all' });
    expect(overviewHref(f)).toBe('/tong-quan?nam=2024&theo=doan&xem=UNIT_REPORT.missed.all');
  });
  it('falls back to the defaults on values edited by hand', () => {
    expect(overviewFiltersFromUrl(url('?nam=abc&theo=x&xem=<script>'))).toEqual({ by: 'unit', figure: null });
    expect(overviewHref({ by: 'unit' })).toBe('/tong-quan');
  });
});
