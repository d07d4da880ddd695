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

  it('names the codes of a column in words, by the column they are in', () => {
    expect(historyValueText('published', 'status')).toBe('Đã ban hành');
    expect(historyValueText('notified', 'status')).toBe('Đã thông báo');
    expect(historyValueText('comprehensive', 'kind')).toBe('Đoàn kiểm tra công tác CCHC');
    expect(historyValueText('comprehensive', 'inspection_kind')).toBe('Kiểm tra toàn diện');
    expect(historyValueText(['on_site', 'desk'], 'forms')).toBe('trực tiếp; qua báo cáo');
    expect(historyValueText('published', 'title')).toBe('published');
  });

  it('shows a deadline rule by its name and days, an id by its short code', () => {
    expect(
      historyValueText({ label: 'Thông báo lịch kiểm tra', workingDays: 10, code: 'SCHEDULE_NOTICE' }),
    ).toBe('Thông báo lịch kiểm tra: 10 ngày làm việc');
    expect(historyValueText('0b6c2d9e-1f2a-4b3c-8d4e-5f6a7b8c9d0e')).toBe('mã 0b6c2d9e');
  });
});
