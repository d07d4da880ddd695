import { describe, expect, it } from 'vitest';
import { accountFieldsFromForm, listFiltersFromUrl, listHref } from './account-form.js';

const formOf = (entries: [string, string][]) => {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  return form;
};

describe('the account form', () => {
  it('sends the unit acted for only with a unit role', () => {
    const base: [string, string][] = [
      ['fullName', 'A'],
      ['orgUnitId', 'u1'],
      ['actingUnitId', 'u2'],
    ];
    expect(accountFieldsFromForm(formOf([...base, ['roles', 'inspector']])).actingUnitId).toBeNull();
    expect(accountFieldsFromForm(formOf([...base, ['roles', 'unit_reporter']])).actingUnitId).toBe('u2');
  });
});

describe('the accounts list address', () => {
  it('reads and writes the filters in Vietnamese parameters', () => {
    const filters = listFiltersFromUrl(
      new URL('http://x/tai-khoan?tim=lan&vai-tro=unit_reporter&trang-thai=inactive&trang=3'),
    );
    expect(filters).toEqual({ q: 'lan', unitId: '', role: 'unit_reporter', status: 'inactive', page: 3 });
    expect(listHref(filters, 4)).toBe('/tai-khoan?tim=lan&vai-tro=unit_reporter&trang-thai=inactive&trang=4');
    expect(listHref(listFiltersFromUrl(new URL('http://x/tai-khoan?trang=abc')))).toBe('/tai-khoan');
  });
});
