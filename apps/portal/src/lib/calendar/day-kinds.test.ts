import { describe, expect, it } from 'vitest';
import { dayDescription, dayMark } from './day-kinds.js';

describe('dayMark', () => {
  it('marks each exception with its own letters', () => {
    expect(dayMark({ kind: 'holiday', name: 'Giỗ Tổ Hùng Vương' })).toBe('L');
    expect(dayMark({ kind: 'compensatory', name: 'Nghỉ bù Tết Nguyên đán' })).toBe('B');
    expect(dayMark({ kind: 'swap', name: 'Nghỉ hoán đổi' })).toBe('HĐ');
    expect(dayMark({ kind: 'working_weekend', name: 'Làm bù cho ngày 29/4/2024' })).toBe('LB');
  });

  it('leaves ordinary days unmarked and marks a weekend day that carries a holiday like a holiday', () => {
    expect(dayMark({ kind: 'weekday', name: null })).toBe('');
    expect(dayMark({ kind: 'weekend', name: null })).toBe('');
    expect(dayMark({ kind: 'weekend', name: 'Tết Nguyên đán' })).toBe('L');
  });
});

describe('dayDescription', () => {
  it('says the kind, then the name', () => {
    expect(dayDescription({ kind: 'holiday', name: 'Giỗ Tổ Hùng Vương' })).toBe(
      'Nghỉ lễ, tết: Giỗ Tổ Hùng Vương',
    );
    expect(dayDescription({ kind: 'weekend', name: null })).toBe('Nghỉ cuối tuần');
  });
});
