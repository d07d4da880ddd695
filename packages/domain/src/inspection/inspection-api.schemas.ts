import { localDateSchema } from '../calendar/date-input.js';
import { idSchema, workDateSchema } from '../validation/common.js';
import { safeString } from '../validation/safe-text.js';
import { z } from '../validation/zod-vi.js';
import { conclusionNoticeSchema } from './conclusion.js';
import { findingAreaSchema } from './content-areas.js';
import { earlierConclusionSchema, MAX_EARLIER_RECOMMENDATIONS } from './earlier-conclusions.js';
import {
  findingsMissingResponsibility,
  MAX_RESPONSIBILITIES,
  responsibilitySchema,
  VIOLATION_SEVERITIES,
} from './findings.js';
import { FOLLOW_UP_KINDS } from './follow-up.js';
import { minutesSchema } from './minutes.js';
import { REMEDIATION_STATES } from './recommendations.js';
import { MAX_EVIDENCE_REF_LENGTH, MAX_EVIDENCE_REFS, remediationDecisionSchema } from './remediation.js';

/** The inputs of the API procedures of issue 6 (minutes to closure), each with Vietnamese messages. */

const versionMessage = 'Thiếu số phiên bản của dữ liệu đang sửa; hãy tải lại trang rồi sửa lại.';
const expectedVersion = z
  .number({ error: versionMessage })
  .int({ error: 'Số phiên bản phải là số nguyên.' })
  .min(1, { error: 'Số phiên bản phải từ 1 trở lên.' })
  .max(2_147_483_647, { error: 'Số phiên bản không hợp lệ; hãy tải lại trang rồi sửa lại.' });
/** 0 when the thing edited does not exist yet (the first save of the minutes or the conclusion). */
const expectedVersionOrNew = z
  .number({ error: versionMessage })
  .int({ error: 'Số phiên bản phải là số nguyên.' })
  .min(0, { error: 'Số phiên bản không được âm.' })
  .max(2_147_483_647, { error: 'Số phiên bản không hợp lệ; hãy tải lại trang rồi sửa lại.' });

const text = (missing: string, max = 4000) =>
  safeString(missing)
    .trim()
    .min(1, { error: missing })
    .max(max, { error: `Nội dung dài tối đa ${max} ký tự.` });

export const inspectionWorkInput = z.object({ inspectionId: idSchema });

export const minutesSaveInput = z.object({
  inspectionId: idSchema,
  expectedVersion: expectedVersionOrNew,
  minutes: minutesSchema,
});

const findingCommon = {
  area: findingAreaSchema,
  description: text('Hãy nhập nội dung đánh giá.'),
};
const responsibilities = z
  .array(responsibilitySchema, { error: 'Danh sách trách nhiệm không hợp lệ.' })
  .max(MAX_RESPONSIBILITIES, {
    error: `Một phát hiện có tối đa ${MAX_RESPONSIBILITIES} cá nhân, tập thể chịu trách nhiệm.`,
  })
  .default([]);

/** What the team is told where it enters a shortcoming or violation that names nobody. */
export const RESPONSIBILITY_REQUIRED_MESSAGE =
  'Hãy nhập tên cá nhân hoặc tập thể chịu trách nhiệm: bắt buộc đối với tồn tại, hạn chế và vi phạm.';

/**
 * A finding as the team enters it (its id is the database's). A shortcoming or violation must name
 * who is responsible as it is entered (seed I.2), by the rule the conclusion applies too.
 */
export const findingFieldsSchema = z
  .discriminatedUnion(
    'kind',
    [
      z.object({ ...findingCommon, kind: z.literal('achievement') }),
      z.object({ ...findingCommon, kind: z.literal('shortcoming'), responsibilities }),
      z.object({
        ...findingCommon,
        kind: z.literal('violation'),
        severity: z.enum(VIOLATION_SEVERITIES, {
          error: 'Hãy chọn mức độ vi phạm: ít nghiêm trọng, nghiêm trọng hoặc rất nghiêm trọng.',
        }),
        responsibilities,
      }),
    ],
    { error: 'Loại phát hiện phải là mặt đạt được, tồn tại, hạn chế hoặc vi phạm.' },
  )
  .superRefine((finding, ctx) => {
    if (findingsMissingResponsibility([{ ...finding, id: '' }]).length > 0) {
      ctx.addIssue({ code: 'custom', path: ['responsibilities'], message: RESPONSIBILITY_REQUIRED_MESSAGE });
    }
  });
export type FindingFieldsInput = z.input<typeof findingFieldsSchema>;

export const findingAddInput = z.object({ inspectionId: idSchema, finding: findingFieldsSchema });
export const findingUpdateInput = z.object({
  findingId: idSchema,
  expectedVersion,
  finding: findingFieldsSchema,
});
export const findingRemoveInput = z.object({ findingId: idSchema, expectedVersion });

/** A recommendation as the team drafts it: what, who, by when (the due date may wait for the notice). */
export const recommendationFieldsSchema = z.object({
  action: text('Hãy nêu nội dung cần khắc phục.'),
  responsible: text('Hãy nêu cá nhân, tập thể chịu trách nhiệm khắc phục.', 500),
  dueDate: workDateSchema.nullish().transform((v) => v ?? null),
  findingIds: z
    .array(idSchema, { error: 'Danh sách phát hiện không hợp lệ.' })
    .max(500, { error: 'Một kiến nghị dẫn chiếu tối đa 500 phát hiện.' })
    .default([]),
});

export const recommendationAddInput = z.object({
  inspectionId: idSchema,
  recommendation: recommendationFieldsSchema,
});
export const recommendationUpdateInput = z.object({
  recommendationId: idSchema,
  expectedVersion,
  recommendation: recommendationFieldsSchema,
});
export const recommendationRemoveInput = z.object({ recommendationId: idSchema, expectedVersion });

export const conclusionSaveInput = z.object({
  inspectionId: idSchema,
  expectedVersion: expectedVersionOrNew,
  generalAssessment: z
    .string({ error: 'Đánh giá chung phải là chuỗi ký tự.' })
    .trim()
    .max(20000, { error: 'Đánh giá chung dài tối đa 20000 ký tự.' }),
});

/**
 * The team leader issues the conclusion notice on a date; `expectedVersion` is the inspection's.
 * Its number comes from the outgoing register of the team's lead agency: none is typed.
 */
export const conclusionIssueInput = z.object({
  inspectionId: idSchema,
  expectedVersion,
  notice: conclusionNoticeSchema.pick({ date: true }),
});

/** The unit's report on one recommendation; the server dates it today. */
export const remediationReportInput = z.object({
  recommendationId: idSchema,
  expectedVersion,
  state: z.enum(REMEDIATION_STATES, {
    error: 'Hãy chọn kết quả: đã thực hiện xong, đang thực hiện hoặc chưa thực hiện.',
  }),
  actionsTaken: z
    .string({ error: 'Nội dung đã thực hiện phải là chuỗi ký tự.' })
    .trim()
    .max(8000, { error: 'Nội dung đã thực hiện dài tối đa 8000 ký tự.' }),
  evidenceRefs: z
    .array(
      z
        .string({ error: 'Tài liệu kiểm chứng phải là chuỗi ký tự.' })
        .trim()
        .min(1, { error: 'Tài liệu kiểm chứng không được để trống.' })
        .max(MAX_EVIDENCE_REF_LENGTH, {
          error: `Mỗi tài liệu kiểm chứng dài tối đa ${MAX_EVIDENCE_REF_LENGTH} ký tự.`,
        }),
      { error: 'Danh sách tài liệu kiểm chứng không hợp lệ.' },
    )
    .max(MAX_EVIDENCE_REFS, { error: `Tối đa ${MAX_EVIDENCE_REFS} tài liệu kiểm chứng.` })
    .default([]),
});

export const remediationDecideInput = z.object({
  recommendationId: idSchema,
  expectedVersion,
  decision: remediationDecisionSchema,
});

export const recommendationCarryOverInput = z.object({
  recommendationId: idSchema,
  expectedVersion,
  reason: z
    .string({ error: 'Hãy nêu lý do chuyển tiếp theo dõi kiến nghị.' })
    .trim()
    .max(2000, { error: 'Lý do dài tối đa 2000 ký tự.' }),
});

/** Closing the inspection; `expectedVersion` is the inspection's. */
export const inspectionCloseInput = z.object({ inspectionId: idSchema, expectedVersion });

export const resultsByPlanInput = z.object({ planId: idSchema });

export const roundCreateInput = z.object({
  planId: idSchema,
  teamId: idSchema,
  name: text('Hãy đặt tên đợt kiểm tra, ví dụ "Đợt 1".', 200),
  inspectionIds: z
    .array(idSchema, { error: 'Danh sách cuộc kiểm tra không hợp lệ.' })
    .min(1, { error: 'Hãy chọn ít nhất một cuộc kiểm tra cho đợt.' })
    .max(1000, { error: 'Một đợt có tối đa 1000 cuộc kiểm tra.' })
    // Issue 18: a round was created with 10,000 copies of one visit.
    .refine((ids) => new Set(ids).size === ids.length, {
      error: 'Mỗi cuộc kiểm tra chỉ được chọn một lần trong đợt.',
    }),
});
export const roundByIdInput = z.object({ roundId: idSchema });
export const roundCloseInput = z.object({ roundId: idSchema, expectedVersion });

export const summarySaveInput = z.object({
  roundId: idSchema,
  expectedVersion: expectedVersionOrNew,
  title: text('Hãy nhập tên báo cáo.', 500),
  /** Sở Nội vụ's general assessment (the figures and findings come from the conclusions). */
  body: text('Hãy nhập đánh giá chung của Sở Nội vụ.', 100000),
  proposals: z
    .string({ error: 'Đề xuất, kiến nghị phải là chuỗi ký tự.' })
    .trim()
    .max(20000, { error: 'Đề xuất, kiến nghị dài tối đa 20000 ký tự.' })
    .default(''),
  signerTitle: text('Hãy nhập chức vụ người ký, ví dụ GIÁM ĐỐC hoặc KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC.', 200),
  signerName: text('Hãy nhập họ và tên người ký.', 200),
});
/** Issuing takes the report's number from Sở Nội vụ's outgoing register: none is typed. */
export const summaryIssueInput = z.object({
  roundId: idSchema,
  expectedVersion,
  issuedOn: localDateSchema,
});

export const followUpOpenInput = z.object({
  inspectionId: idSchema,
  kind: z.enum(FOLLOW_UP_KINDS, { error: 'Hãy chọn phúc tra hoặc tái kiểm tra.' }),
});

/** An earlier year's conclusion entered from this year's visit to the same unit (seed II.1.b). */
export const earlierConclusionAddInput = z.object({
  inspectionId: idSchema,
  conclusion: earlierConclusionSchema.omit({ id: true, unitId: true }).extend({
    recommendations: z
      .array(
        z.object({
          action: text('Hãy nêu nội dung cần khắc phục.'),
          responsible: text('Hãy nêu cá nhân, tập thể chịu trách nhiệm khắc phục.', 500),
          dueDate: localDateSchema.optional(),
          remediatedBeforeEntry: z
            .boolean({ error: 'Hãy cho biết kiến nghị đã khắc phục xong hay chưa.' })
            .default(false),
        }),
        { error: 'Danh sách kiến nghị không hợp lệ.' },
      )
      .max(MAX_EARLIER_RECOMMENDATIONS, {
        error: `Tối đa ${MAX_EARLIER_RECOMMENDATIONS} kiến nghị của một kết luận.`,
      })
      .default([]),
  }),
});
