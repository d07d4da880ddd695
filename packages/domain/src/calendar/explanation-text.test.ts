import { describe, expect, it } from 'vitest';
import { computeDeadline } from './compute-deadline.js';
import { DEFAULT_DEADLINE_RULES_2024, type WorkingDaysRule } from './deadline-rules.js';
import { explanationToText } from './explanation-text.js';
import { parseIsoDate as d } from './local-date.js';
import { OFFICIAL_SCHEDULES } from './official-schedules.js';
import { buildCalendar } from './working-calendar.js';

const calendar = buildCalendar({ schedules: OFFICIAL_SCHEDULES });
const rules = DEFAULT_DEADLINE_RULES_2024.filter((r): r is WorkingDaysRule => r.kind === 'working_days');
const [notice, , conclusion] = rules;

describe('explanationToText', () => {
  it('renders a forward deadline in Vietnamese with dd/mm/yyyy dates', () => {
    if (!conclusion) throw new Error('rule');
    const lines = explanationToText(
      computeDeadline({ rule: conclusion, baseDate: d('2024-08-28'), calendar }).explanation,
    );
    expect(lines[0]).toBe(
      'Thông báo kết luận kiểm tra: “Trong thời hạn 10 ngày làm việc kể từ ngày kiểm tra, Đoàn kiểm tra thông báo kết luận kiểm tra đến các cơ quan, đơn vị, địa phương” (Kế hoạch kiểm tra công tác CCHC năm 2024 của UBND tỉnh Bình Định, mục III.2.d).',
    );
    expect(lines[1]).toBe(
      'Mốc tính: Ngày kiểm tra là Thứ Tư 28/08/2024. Ngày này không được tính; thời hạn 10 ngày làm việc bắt đầu từ ngày hôm sau (Điều 147 Bộ luật Dân sự 2015).',
    );
    expect(lines).toContain('- Thứ Năm 29/08/2024: ngày làm việc thứ 1');
    expect(lines).toContain('- Thứ Bảy 31/08/2024: bỏ qua (Thứ Bảy)');
    expect(lines).toContain('- Thứ Hai 02/09/2024: bỏ qua (Quốc khánh)');
    expect(lines).toContain('- Thứ Ba 03/09/2024: bỏ qua (Quốc khánh (ngày liền kề))');
    expect(lines).toContain('Hạn: Thứ Sáu 13/09/2024 (hết 24 giờ ngày này, Điều 148 Bộ luật Dân sự 2015).');
    expect(lines.at(-1)).toMatch(/^Lịch năm 2024: lịch nghỉ chính thức \(Thông báo 5015\/TB-LĐTBXH/);
  });

  it('renders a backward deadline with the reading used and the stricter date', () => {
    if (!notice) throw new Error('rule');
    const lines = explanationToText(
      computeDeadline({ rule: notice, baseDate: d('2024-05-07'), calendar }).explanation,
    );
    expect(lines).toContain(
      '- Thứ Bảy 04/05/2024: ngày làm việc thứ 2 — Ngày làm bù (Thứ Bảy): làm bù cho ngày 29/4/2024',
    );
    expect(lines).toContain('- Thứ Hai 29/04/2024: bỏ qua (Nghỉ hoán đổi (làm bù thứ Bảy 4/5/2024))');
    expect(lines).toContain(
      'Hạn chậm nhất (cách đọc A): Thứ Sáu 19/04/2024; thực hiện vào ngày này hoặc trước đó là đúng hạn.',
    );
    expect(lines).toContain(
      'Áp dụng cách đọc A: lùi 10 ngày làm việc trước ngày diễn ra sự kiện, không tính ngày đó.',
    );
    expect(lines).toContain(
      'Theo cách đọc B (chặt): phải có đủ 10 ngày làm việc trọn vẹn giữa ngày thực hiện và ngày diễn ra sự kiện, hạn là Thứ Tư 17/04/2024; bỏ qua thêm: Thứ Năm 18/04/2024 (Giỗ Tổ Hùng Vương).',
    );
  });

  it('warns when a year has no official schedule', () => {
    if (!conclusion) throw new Error('rule');
    const lines = explanationToText(
      computeDeadline({ rule: conclusion, baseDate: d('2027-02-03'), calendar }).explanation,
    );
    expect(lines).toContain(
      '- Thứ Tư 10/02/2027: bỏ qua (Nghỉ bù Tết Nguyên đán (Thứ Bảy 06/02/2027) — dự kiến)',
    );
    expect(lines.at(-1)).toMatch(
      /^Lịch năm 2027: chưa có lịch nghỉ chính thức; ngày nghỉ tính theo Điều 112/,
    );
  });
});
