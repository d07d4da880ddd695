import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_RULES_2024 } from '../calendar/deadline-rules.js';
import { calendar, d } from '../inspection/test-fixtures.js';
import { deadlineMoves } from './deadline-moves.js';
import { visitDeadlines } from './visit-deadlines.js';

const at = (date: string, form: 'on_site' | 'desk' = 'on_site') =>
  visitDeadlines({
    facts: { status: 'notified', form, visitDates: [d(date)] },
    rules: DEFAULT_DEADLINE_RULES_2024,
    reading: 'A',
    calendar,
    today: d('2024-04-01'),
  });

describe('deadlineMoves', () => {
  it('lists each deadline a rescheduling moved, old and new due date and why', () => {
    const moves = deadlineMoves(at('2024-05-07'), at('2024-05-14'), 'Lịch kiểm tra thay đổi');
    expect(moves.map((m) => m.text)).toEqual([
      'Thông báo lịch kiểm tra: hạn 19/04/2024 → 26/04/2024 (Lịch kiểm tra thay đổi)',
      'Báo cáo phục vụ Đoàn kiểm tra: hạn 26/04/2024 → 07/05/2024 (Lịch kiểm tra thay đổi)',
      'Thông báo kết luận kiểm tra: hạn 21/05/2024 → 28/05/2024 (Lịch kiểm tra thay đổi)',
    ]);
  });

  it('is empty when nothing moved, and skips deadlines that no longer apply', () => {
    expect(deadlineMoves(at('2024-05-07'), at('2024-05-07'), 'x')).toEqual([]);
    expect(deadlineMoves(at('2024-05-07'), at('2024-05-14', 'desk'), 'x').map((m) => m.key)).toEqual([
      'UNIT_REPORT',
      'CONCLUSION_NOTICE',
    ]);
  });
});
