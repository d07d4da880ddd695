import { deadlineReadingSchema, deadlineRulesSchema } from '../calendar/deadline-rules.js';
import { INSPECTION_FORMS } from '../plan/vocabulary.js';
import { workDateSchema } from '../validation/common.js';
import { z } from '../validation/zod-vi.js';
import { AMENDMENT_REASON_MIN_LENGTH } from './plan-lifecycle.js';

const requiredText = (message: string, max = 1000) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `Nội dung dài tối đa ${max} ký tự.` });

// Issue 18: a plan with 20,000 content areas took 174 s to refuse; no plan needs more than 50 of a kind.
const textList = (what: string, max = 50) =>
  z
    .array(requiredText(`Mỗi ${what} phải có nội dung.`, 4000), { error: `Danh sách ${what} không hợp lệ.` })
    .max(max, { error: `Tối đa ${max} ${what}.` });

/** The decision that issues the plan; every field may stay blank while the plan is a draft. */
const decisionInput = z.object({
  number: z
    .string({ error: 'Số quyết định phải là chuỗi ký tự.' })
    .trim()
    .max(50, { error: 'Số quyết định dài tối đa 50 ký tự.' })
    .default(''),
  date: workDateSchema.nullable().default(null),
  signerName: z.string({ error: 'Họ tên người ký phải là chuỗi ký tự.' }).trim().max(200).default(''),
  signerTitle: z.string({ error: 'Chức danh người ký phải là chuỗi ký tự.' }).trim().max(200).default(''),
});

const windowInput = z
  .object({
    start: workDateSchema,
    end: workDateSchema,
  })
  // ISO dates compare correctly as strings.
  .refine((w) => w.start <= w.end, {
    error: 'Ngày bắt đầu kiểm tra phải trước hoặc trùng ngày kết thúc.',
    path: ['end'],
  });

const boundsInput = z
  .object({
    min: z
      .number({ error: 'Số đơn vị cấp xã tối thiểu phải là một số.' })
      .int({ error: 'Số đơn vị cấp xã tối thiểu phải là số nguyên.' })
      .min(0, { error: 'Số đơn vị cấp xã tối thiểu không được âm.' })
      .max(1000, { error: 'Số đơn vị cấp xã tối thiểu tối đa 1000.' }),
    max: z
      .number({ error: 'Số đơn vị cấp xã tối đa phải là một số.' })
      .int({ error: 'Số đơn vị cấp xã tối đa phải là số nguyên.' })
      .min(0, { error: 'Số đơn vị cấp xã tối đa không được âm.' })
      .max(1000, { error: 'Số đơn vị cấp xã tối đa không quá 1000.' }),
  })
  .refine((b) => b.min <= b.max, {
    error: 'Số đơn vị cấp xã tối thiểu không được lớn hơn số tối đa.',
    path: ['max'],
  });

/** zod schema of a plan being created or edited as a draft; dates are yyyy-mm-dd strings. */
export const planDraftInput = z.object({
  year: z
    .number({ error: 'Năm kế hoạch phải là một số.' })
    .int({ error: 'Năm kế hoạch phải là số nguyên.' })
    .min(2000, { error: 'Năm kế hoạch phải từ 2000 đến 2100.' })
    .max(2100, { error: 'Năm kế hoạch phải từ 2000 đến 2100.' }),
  title: requiredText('Hãy nhập tên kế hoạch.', 500),
  decision: decisionInput.nullable().default(null),
  window: windowInput.nullable().default(null),
  purposes: textList('mục đích').default([]),
  requirements: textList('yêu cầu').default([]),
  contentAreas: textList('lĩnh vực kiểm tra').default([]),
  thematicTopics: textList('chuyên đề').default([]),
  forms: z
    .array(z.enum(INSPECTION_FORMS, { error: 'Hình thức kiểm tra phải là "on_site" hoặc "desk".' }))
    .max(2, { error: 'Chỉ có hai hình thức kiểm tra: trực tiếp và qua hồ sơ.' })
    .default(['on_site', 'desk']),
  expectedTargetCount: z
    .number({ error: 'Số đối tượng dự kiến phải là một số.' })
    .int({ error: 'Số đối tượng dự kiến phải là số nguyên.' })
    .min(0, { error: 'Số đối tượng dự kiến không được âm.' })
    .max(10_000, { error: 'Số đối tượng dự kiến tối đa 10.000.' })
    .nullable()
    .default(null),
  subUnitBounds: boundsInput.default({ min: 2, max: 3 }),
  deadlineRules: deadlineRulesSchema,
  reading: deadlineReadingSchema.default('A'),
  /**
   * The report outline (đề cương) units answer: a template of the province by id; null for none.
   * Left out, a new plan takes the province's newest published outline and an edit keeps its own.
   */
  templateRef: z.uuid({ error: 'Đề cương báo cáo đã chọn không hợp lệ.' }).nullable().optional(),
  /** The acts the decision rests on ("Căn cứ …"), one per line; left out, an edit keeps them. */
  legalBases: textList('căn cứ').max(30, { error: 'Tối đa 30 căn cứ.' }).optional(),
  /** Who issues the plan (e.g. Chủ tịch Ủy ban nhân dân tỉnh); left out, the plan's level decides. */
  issuingAuthority: requiredText(
    'Hãy nhập cấp ban hành kế hoạch (ví dụ Chủ tịch Ủy ban nhân dân tỉnh).',
    300,
  ).optional(),
});
export type PlanDraftInput = z.infer<typeof planDraftInput>;

/** zod schema of a change to a published plan: the plan as changed, and why. */
export const planAmendmentInput = planDraftInput.extend({
  reason: z
    .string({ error: 'Hãy nhập lý do điều chỉnh kế hoạch.' })
    .trim()
    .min(1, { error: 'Hãy nhập lý do điều chỉnh kế hoạch.' })
    .min(AMENDMENT_REASON_MIN_LENGTH, {
      error: `Lý do điều chỉnh quá ngắn; hãy nêu rõ lý do, ít nhất ${AMENDMENT_REASON_MIN_LENGTH} ký tự.`,
    })
    .max(2000, { error: 'Lý do điều chỉnh dài tối đa 2000 ký tự.' }),
});
export type PlanAmendmentInput = z.infer<typeof planAmendmentInput>;
