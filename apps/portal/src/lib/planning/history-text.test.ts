import { describe, expect, it } from 'vitest';
import { formatDateTime, historyValueText } from './history-text';

describe('the plan history as people read it', () => {
  it('shows an instant in Vietnam time', () => {
    expect(formatDateTime(new Date('2025-04-01T02:05:00Z'))).toBe('01/04/2025 09:05');
    expect(formatDateTime('2025-03-31T20:30:00Z')).toBe('01/04/2025 03:30');
  });

  it('shows dates dd/mm/yyyy, lists joined, blanks and flags in words', () => {
    expect(historyValueText('2025-04-01')).toBe('01/04/2025');
    expect(historyValueText(['a', 'b'])).toBe('a; b');
    expect(historyValueText(null)).toBe('(trống)');
    expect(historyValueText([])).toBe('(trống)');
    expect(historyValueText(true)).toBe('có');
    expect(historyValueText(5)).toBe('5');
    expect(historyValueText({ a: 1 })).toBe('{"a":1}');
  });
});
