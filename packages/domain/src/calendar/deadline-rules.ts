import { z } from 'zod';

export const DEADLINE_CODES = [
  'SCHEDULE_NOTICE',
  'UNIT_REPORT',
  'CONCLUSION_NOTICE',
  'SUMMARY_REPORT',
  'REMEDIATION',
] as const;
export type DeadlineCode = (typeof DEADLINE_CODES)[number];

export const BASE_EVENTS = [
  'INSPECTION_DATE',
  'ROUND_END',
  'CONCLUSION_NOTICE_DATE',
  'REMEDIATION_REQUEST_DATE',
] as const;
export type BaseEvent = (typeof BASE_EVENTS)[number];

/** How a base event reads inside a sentence ("Mốc tính: ngày kiểm tra là …"). */
export const BASE_EVENT_LABELS: Record<BaseEvent, string> = {
  INSPECTION_DATE: 'ngày kiểm tra',
  ROUND_END: 'ngày kết thúc đợt kiểm tra',
  CONCLUSION_NOTICE_DATE: 'ngày thông báo kết luận kiểm tra',
  REMEDIATION_REQUEST_DATE: 'ngày Đoàn kiểm tra đề nghị báo cáo kết quả khắc phục',
};

export type DeadlineDirection = 'before' | 'after';

/**
 * How "trước N ngày làm việc" is counted back (DOMAIN.md, LEGAL.md §1.3):
 * - A (default): the latest on-time day is E − N working days, E not counted (as the national
 *   public-service portal computes "at least N working days before").
 * - B (strict): N whole working days must lie between the act and E: one working day earlier.
 */
export type DeadlineReading = 'A' | 'B';

export const READING_LABELS: Record<DeadlineReading, string> = {
  A: 'cách đọc A: lùi N ngày làm việc trước ngày diễn ra sự kiện, không tính ngày đó',
  B: 'cách đọc B (chặt): phải có đủ N ngày làm việc trọn vẹn giữa ngày thực hiện và ngày diễn ra sự kiện',
};

/**
 * The two readings as a civil servant chooses between them, without the letters: the usual count
 * first, then the strict one (the letters stay for the plan's technical record and its history).
 */
export const READING_PLAIN_LABELS: Record<DeadlineReading, string> = {
  A: 'Thông thường: đếm lùi N ngày làm việc từ ngày kiểm tra, không tính ngày kiểm tra',
  B: 'Chặt hơn: giữa ngày gửi và ngày kiểm tra phải có đủ N ngày làm việc (hạn sớm hơn một ngày)',
};

/** Why there are two readings, for whoever asks (the "?" beside the choice). */
export const READING_EXPLANATION =
  'Quy định “trước N ngày làm việc” được hiểu theo hai cách. Cách thông thường (như Cổng Dịch vụ công quốc gia) lùi N ngày làm việc từ ngày kiểm tra. Cách chặt hơn đòi hỏi đủ N ngày làm việc trọn vẹn nằm giữa ngày gửi và ngày kiểm tra, nên hạn sớm hơn một ngày làm việc. Kế hoạch chọn một cách và mọi thời hạn của kế hoạch đều tính theo cách đó.';

interface RuleCommon {
  code: DeadlineCode;
  /** Vietnamese name of the act, e.g. 'Thông báo lịch kiểm tra'. */
  label: string;
  baseEvent: BaseEvent;
  /** The plan's own wording. */
  legalText: string;
  /** Where the wording is, e.g. 'Kế hoạch kiểm tra CCHC năm 2024, mục III.2.a'. */
  legalRef: string;
}

/** A deadline counted in working days from a base event. */
export interface WorkingDaysRule extends RuleCommon {
  kind: 'working_days';
  workingDays: number;
  direction: DeadlineDirection;
}

/** A deadline set case by case (the remediation report: the team sets a due date per recommendation). */
export interface ExplicitDueDateRule extends RuleCommon {
  kind: 'explicit_due_date';
}

export type DeadlineRule = WorkingDaysRule | ExplicitDueDateRule;

const SEED_REF = 'Kế hoạch kiểm tra công tác CCHC năm 2024 của UBND tỉnh Bình Định';

/** The seed plan's deadlines (section III.2). A plan copies these and may change them. */
export const DEFAULT_DEADLINE_RULES_2024: readonly DeadlineRule[] = [
  {
    kind: 'working_days',
    code: 'SCHEDULE_NOTICE',
    label: 'Thông báo lịch kiểm tra',
    workingDays: 10,
    direction: 'before',
    baseEvent: 'INSPECTION_DATE',
    legalText:
      'Đoàn kiểm tra gửi thông báo lịch kiểm tra đến cơ quan, đơn vị, địa phương được kiểm tra trước 10 ngày làm việc',
    legalRef: `${SEED_REF}, mục III.2.a`,
  },
  {
    kind: 'working_days',
    code: 'UNIT_REPORT',
    label: 'Báo cáo phục vụ Đoàn kiểm tra',
    workingDays: 5,
    direction: 'before',
    baseEvent: 'INSPECTION_DATE',
    legalText:
      'Các cơ quan, đơn vị, địa phương được kiểm tra gửi báo cáo đến Sở Nội vụ trước 05 ngày làm việc (mục V.3.a: gửi Đoàn kiểm tra trước thời điểm kiểm tra 05 ngày làm việc)',
    legalRef: `${SEED_REF}, mục III.2.b và V.3.a`,
  },
  {
    kind: 'working_days',
    code: 'CONCLUSION_NOTICE',
    label: 'Thông báo kết luận kiểm tra',
    workingDays: 10,
    direction: 'after',
    baseEvent: 'INSPECTION_DATE',
    legalText:
      'Trong thời hạn 10 ngày làm việc kể từ ngày kiểm tra, Đoàn kiểm tra thông báo kết luận kiểm tra đến các cơ quan, đơn vị, địa phương',
    legalRef: `${SEED_REF}, mục III.2.d`,
  },
  {
    kind: 'working_days',
    code: 'SUMMARY_REPORT',
    label: 'Báo cáo kết quả kiểm tra',
    workingDays: 20,
    direction: 'after',
    baseEvent: 'ROUND_END',
    legalText:
      'Trong thời hạn 20 ngày làm việc kể từ thời điểm kết thúc đợt kiểm tra, Đoàn kiểm tra tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả kiểm tra',
    legalRef: `${SEED_REF}, mục III.2.e`,
  },
  {
    kind: 'explicit_due_date',
    code: 'REMEDIATION',
    label: 'Báo cáo kết quả khắc phục sau kiểm tra',
    baseEvent: 'CONCLUSION_NOTICE_DATE',
    legalText:
      'Theo đề nghị của Đoàn kiểm tra, cơ quan, đơn vị, địa phương được kiểm tra báo cáo kết quả việc khắc phục sau kiểm tra, gửi Đoàn kiểm tra để tổng hợp, theo dõi',
    legalRef: `${SEED_REF}, mục III.2.đ`,
  },
];

/** Finds a plan's rule by code; undefined if the plan has none. */
export function findDeadlineRule(
  rules: readonly DeadlineRule[],
  code: DeadlineCode,
): DeadlineRule | undefined {
  return rules.find((r) => r.code === code);
}

const text = (what: string) =>
  z
    .string({ error: `${what} phải là chuỗi ký tự` })
    .trim()
    .min(1, { error: `Phải nhập ${what.toLowerCase()}` })
    .max(4000, { error: `${what} dài tối đa 4000 ký tự` });

const common = {
  code: z.enum(DEADLINE_CODES, { error: 'Mã thời hạn không hợp lệ' }),
  label: text('Tên thời hạn'),
  baseEvent: z.enum(BASE_EVENTS, { error: 'Mốc tính thời hạn không hợp lệ' }),
  legalText: text('Nội dung quy định'),
  legalRef: text('Căn cứ (văn bản, mục)'),
};

/** zod schema of one deadline rule, with Vietnamese messages. */
export const deadlineRuleSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('working_days'),
      ...common,
      workingDays: z
        .number({ error: 'Số ngày làm việc phải là số' })
        .int({ error: 'Số ngày làm việc phải là số nguyên' })
        .min(1, { error: 'Số ngày làm việc phải từ 1 trở lên' })
        .max(365, { error: 'Số ngày làm việc không quá 365' }),
      direction: z.enum(['before', 'after'], {
        error: 'Chiều tính phải là "before" (trước) hoặc "after" (sau)',
      }),
    }),
    z.object({ kind: z.literal('explicit_due_date'), ...common }),
  ],
  { error: 'Loại thời hạn phải là "working_days" hoặc "explicit_due_date"' },
);

/** zod schema of a plan's rule set: each code at most once. */
export const deadlineRulesSchema = z
  .array(deadlineRuleSchema)
  .max(50, { error: 'Tối đa 50 thời hạn.' })
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((r, i) => {
      if (seen.has(r.code))
        ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `Mã thời hạn ${r.code} bị lặp` });
      seen.add(r.code);
    });
  });

export const deadlineReadingSchema = z.enum(['A', 'B'], { error: 'Cách đọc phải là "A" hoặc "B"' });
