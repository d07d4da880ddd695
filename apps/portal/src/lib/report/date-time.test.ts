import { describe, expect, it } from 'vitest';
import { formatDateTime, formatFileSize } from './date-time';

describe('formatDateTime', () => {
  it('shows Vietnam time, whatever the zone of the machine', () => {
    expect(formatDateTime(new Date('2024-05-03T09:00:00Z'))).toBe('16:00 03/05/2024');
    expect(formatDateTime('2024-04-30T17:30:00Z')).toBe('00:30 01/05/2024');
  });

  it('shows an ellipsis for a missing or broken instant', () => {
    expect(formatDateTime(null)).toBe('…');
    expect(formatDateTime('not a date')).toBe('…');
  });
});

describe('formatFileSize', () => {
  it('uses bytes, KB and MB with a decimal comma', () => {
    expect(formatFileSize(900)).toBe('900 byte');
    expect(formatFileSize(1536)).toBe('1,5 KB');
    expect(formatFileSize(3 * 1024 * 1024)).toBe('3,0 MB');
  });
});
