import { describe, expect, it } from 'vitest';
import { deadlineTone } from './deadline-tone.js';

describe('deadlineTone', () => {
  it('marks a missed deadline and one met late alike', () => {
    expect(deadlineTone({ kind: 'missed', workingDaysOverdue: 4 })).toBe('missed');
    expect(deadlineTone({ kind: 'met_late', workingDaysLate: 1 })).toBe('missed');
  });

  it('calls a deadline due soon up to three working days ahead, including today', () => {
    expect(deadlineTone({ kind: 'due_in', workingDays: 0 })).toBe('soon');
    expect(deadlineTone({ kind: 'due_in', workingDays: 3 })).toBe('soon');
    expect(deadlineTone({ kind: 'due_in', workingDays: 4 })).toBe('open');
  });

  it('marks a deadline met on time, and one whose period has not begun as open', () => {
    expect(deadlineTone({ kind: 'met_on_time' })).toBe('met');
    expect(deadlineTone({ kind: 'not_due' })).toBe('open');
  });

  it('shows a deadline that does not apply (a desk inspection, a cancelled one) as neither met nor missed', () => {
    expect(deadlineTone({ kind: 'not_applicable', reason: 'cuộc kiểm tra đã hủy' })).toBe('none');
  });
});
