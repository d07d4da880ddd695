import { describe, expect, it } from 'vitest';
import { unitCodeFor } from './unit-code.js';

describe('unitCodeFor', () => {
  it('spells the name without diacritics', () => {
    expect(unitCodeFor('Ủy ban nhân dân xã Bình An', new Set())).toBe('uy-ban-nhan-dan-xa-binh-an');
    expect(unitCodeFor('Đặc khu Phú Quốc', new Set())).toBe('dac-khu-phu-quoc');
  });

  it('adds the first free number when the code is taken', () => {
    expect(unitCodeFor('Sở Nội vụ', new Set(['so-noi-vu', 'so-noi-vu-2']))).toBe('so-noi-vu-3');
  });

  it('gives a name without letters a code still', () => {
    expect(unitCodeFor('***', new Set())).toBe('don-vi');
  });
});
