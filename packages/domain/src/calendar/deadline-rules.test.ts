import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEADLINE_RULES_2024,
  deadlineRuleSchema,
  deadlineRulesSchema,
  findDeadlineRule,
} from './deadline-rules.js';

describe('deadline rules', () => {
  it('holds the seed plan III.2 deadlines', () => {
    const summary = DEFAULT_DEADLINE_RULES_2024.map((r) =>
      r.kind === 'working_days'
        ? `${r.code} ${r.direction} ${r.workingDays} ${r.baseEvent}`
        : `${r.code} explicit`,
    );
    expect(summary).toEqual([
      'SCHEDULE_NOTICE before 10 INSPECTION_DATE',
      'UNIT_REPORT before 5 INSPECTION_DATE',
      'CONCLUSION_NOTICE after 10 INSPECTION_DATE',
      'SUMMARY_REPORT after 20 ROUND_END',
      'REMEDIATION explicit',
    ]);
    expect(findDeadlineRule(DEFAULT_DEADLINE_RULES_2024, 'SCHEDULE_NOTICE')?.legalText).toBe(
      'Đoàn kiểm tra gửi thông báo lịch kiểm tra đến cơ quan, đơn vị, địa phương được kiểm tra trước 10 ngày làm việc',
    );
    expect(deadlineRulesSchema.parse(DEFAULT_DEADLINE_RULES_2024)).toEqual(DEFAULT_DEADLINE_RULES_2024);
  });

  it('lets a plan override a rule as data', () => {
    const base = findDeadlineRule(DEFAULT_DEADLINE_RULES_2024, 'SCHEDULE_NOTICE');
    const changed = deadlineRuleSchema.parse({ ...base, workingDays: 15 });
    expect(changed).toMatchObject({ code: 'SCHEDULE_NOTICE', workingDays: 15 });
  });

  it('rejects bad rules with Vietnamese messages', () => {
    const r = deadlineRuleSchema.safeParse({
      kind: 'working_days',
      code: 'SCHEDULE_NOTICE',
      label: '',
      baseEvent: 'SOMETHING',
      legalText: 'x',
      legalRef: 'y',
      workingDays: 0,
      direction: 'sideways',
    });
    const messages = r.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining([
        'Phải nhập tên thời hạn',
        'Mốc tính thời hạn không hợp lệ',
        'Số ngày làm việc phải từ 1 trở lên',
        'Chiều tính phải là "before" (trước) hoặc "after" (sau)',
      ]),
    );
    const dup = deadlineRulesSchema.safeParse([
      DEFAULT_DEADLINE_RULES_2024[0],
      DEFAULT_DEADLINE_RULES_2024[0],
    ]);
    expect(dup.error?.issues[0]?.message).toBe('Mã thời hạn SCHEDULE_NOTICE bị lặp');
  });
});
