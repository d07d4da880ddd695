import { describe, expect, it } from 'vitest';
import {
  communeTypeFromName,
  communeTypeFromText,
  communeTypesOn,
  kindExistsOn,
  kindsOn,
  orgUnitKindLabel,
} from './unit-kinds.js';

describe('unit kinds over time', () => {
  it('names communes "Xã, phường, thị trấn" until 30/06/2025 and "Xã, phường, đặc khu" from 01/07/2025', () => {
    expect(orgUnitKindLabel('commune', '2024-06-01')).toBe('Xã, phường, thị trấn');
    expect(orgUnitKindLabel('commune', '2025-06-30')).toBe('Xã, phường, thị trấn');
    expect(orgUnitKindLabel('commune', '2025-07-01')).toBe('Xã, phường, đặc khu');
  });

  it('keeps the district kind for the past and its last name after it ended', () => {
    expect(kindExistsOn('district', '2025-06-30')).toBe(true);
    expect(kindExistsOn('district', '2025-07-01')).toBe(false);
    expect(orgUnitKindLabel('district', '2027-01-01')).toBe('Huyện, thị xã, thành phố');
  });

  it('offers the kinds of the day: no district after the reform', () => {
    expect(kindsOn('2024-01-01')).toContain('district');
    expect(kindsOn('2026-01-01')).not.toContain('district');
    expect(kindsOn('2026-01-01')).toContain('commune');
  });

  it('has thị trấn only before the reform and đặc khu only from it', () => {
    expect(communeTypesOn('2024-01-01')).toEqual(['xa', 'phuong', 'thi_tran']);
    expect(communeTypesOn('2025-07-01')).toEqual(['xa', 'phuong', 'dac_khu']);
  });
});

describe('commune types from words', () => {
  it('reads the type a name states', () => {
    expect(communeTypeFromName('Ủy ban nhân dân thị trấn Phú Phong')).toBe('thi_tran');
    expect(communeTypeFromName('UBND phường Quy Nhơn')).toBe('phuong');
    expect(communeTypeFromName('Ủy ban nhân dân đặc khu Phú Quốc')).toBe('dac_khu');
    expect(communeTypeFromName('Ủy ban nhân dân xã Bình Tường')).toBe('xa');
    expect(communeTypeFromName('Sở Nội vụ')).toBeNull();
  });

  it('reads a type typed by a person', () => {
    expect(communeTypeFromText(' Đặc khu ')).toBe('dac_khu');
    expect(communeTypeFromText('thi_tran')).toBe('thi_tran');
    expect(communeTypeFromText('Thôn')).toBeNull();
  });
});
