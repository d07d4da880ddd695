import { describe, expect, it } from 'vitest';
import { documentReference, kindOfSymbol, registerYear } from './outgoing-register.js';

describe('the outgoing register', () => {
  it('numbers by kind: the first group of the symbol', () => {
    expect(kindOfSymbol('TB-ĐKT')).toBe('TB');
    expect(kindOfSymbol('BC-SNV')).toBe('BC');
    expect(kindOfSymbol('QĐ-UBND')).toBe('QĐ');
    expect(() => kindOfSymbol('-SNV')).toThrow(RangeError);
  });

  it('prints a number below 10 with a leading zero, joined to the symbol by "/"', () => {
    expect(documentReference(5, 'TB-ĐKT')).toBe('05/TB-ĐKT');
    expect(documentReference(10, 'TB-ĐKT')).toBe('10/TB-ĐKT');
    expect(documentReference(310, ' BC-SNV ')).toBe('310/BC-SNV');
    expect(() => documentReference(0, 'TB-ĐKT')).toThrow(RangeError);
    expect(() => documentReference(1.5, 'TB-ĐKT')).toThrow(RangeError);
  });

  it('takes the register year from the date of issue', () => {
    expect(registerYear('2024-12-31')).toBe(2024);
    expect(registerYear('2025-01-01')).toBe(2025);
    expect(() => registerYear('31/12/2024')).toThrow(RangeError);
  });
});
