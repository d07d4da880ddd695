import { describe, expect, it } from 'vitest';
import { numberLine, parseReference } from './document-number.js';

describe('the "Số:" line', () => {
  it('puts a leading zero before a number below 10', () => {
    expect(numberLine({ number: '5', symbol: 'TB-ĐKT' })).toBe('Số: 05/TB-ĐKT');
    expect(numberLine({ number: '68', symbol: 'QĐ-SNV' })).toBe('Số: 68/QĐ-SNV');
    expect(numberLine({ number: '10', symbol: 'BC-SNV' })).toBe('Số: 10/BC-SNV');
  });

  it('leaves the number blank on a draft, keeping the symbol', () => {
    expect(numberLine({ number: null, symbol: 'BC-SCT' })).toMatch(/^Số: +\/BC-SCT$/);
  });

  it('splits a stored reference into number and symbol', () => {
    expect(parseReference('68/QĐ-SNV', 'QĐ-SNV')).toEqual({ number: '68', symbol: 'QĐ-SNV' });
    expect(parseReference(' 115/QĐ-VPUBND ', 'QĐ')).toEqual({ number: '115', symbol: 'QĐ-VPUBND' });
  });

  it('reads a reference without a number as a draft', () => {
    expect(parseReference('/TB-ĐKT', 'TB')).toEqual({ number: null, symbol: 'TB-ĐKT' });
    expect(parseReference('', 'TB-ĐKT')).toEqual({ number: null, symbol: 'TB-ĐKT' });
    expect(parseReference('68/', 'QĐ-SNV')).toEqual({ number: '68', symbol: 'QĐ-SNV' });
  });
});
