import { describe, expect, it } from 'vitest';
import { formatDateTime, formatFileSize, savedAtText } from './date-time';

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

describe('savedAtText', () => {
  it('says the time alone, with its space, on the day of the save (Vietnamese time)', () => {
    expect(savedAtText('2024-05-03T03:42:00Z', new Date('2024-05-03T08:00:00Z'))).toBe('Đã lưu lúc 10:42');
  });

  it('adds the date for an earlier day, counted in Vietnam (23:30 UTC is the next day there)', () => {
    expect(savedAtText('2024-05-02T03:42:00Z', new Date('2024-05-03T08:00:00Z'))).toBe(
      'Đã lưu lúc 10:42 ngày 02/05/2024',
    );
    expect(savedAtText('2024-05-02T23:30:00Z', new Date('2024-05-03T08:00:00Z'))).toBe('Đã lưu lúc 06:30');
  });
});
