import { describe, expect, it } from 'vitest';
import { explanationView } from './explanation-view.js';

const explanation = {
  dueDate: '2024-05-02',
  reading: 'A' as const,
  lines: [
    'Mốc tính: Ngày kiểm tra là Thứ Sáu 03/05/2024.',
    '- Thứ Năm 02/05/2024: ngày làm việc thứ 1',
    'Hạn chậm nhất (cách đọc A): Thứ Năm 02/05/2024.',
  ],
  steps: [
    { date: '2024-05-02', counted: true, ordinal: 1, label: 'Thứ Năm' },
    { date: '2024-05-01', counted: false, ordinal: null, label: 'Ngày Quốc tế Lao động' },
  ],
  otherReading: { reading: 'B' as const, dueDate: '2024-04-26' },
};

describe('explanationView', () => {
  it('gives each step its weekday, read off the ISO date', () => {
    const view = explanationView(explanation);
    expect(view.steps.map((s) => s.weekday)).toEqual(['Thứ Năm', 'Thứ Tư']);
    expect(view.countedCount).toBe(1);
    expect(view.skippedCount).toBe(1);
  });

  it('tells the day-by-day lines from the sentences, without their dash', () => {
    expect(explanationView(explanation).lines.map((l) => l.step)).toEqual([false, true, false]);
    expect(explanationView(explanation).lines[1]?.text).toBe('Thứ Năm 02/05/2024: ngày làm việc thứ 1');
  });

  it('names the reading used and keeps the other reading’s date', () => {
    const view = explanationView(explanation);
    expect(view.readingLabel).toMatch(/^cách đọc A/);
    expect(view.otherReading).toEqual({ reading: 'B', dueDate: '2024-04-26' });
    expect(explanationView({ ...explanation, reading: null }).readingLabel).toBeNull();
  });
});
