import { INSPECTION_FORMS, INSPECTION_KINDS, TARGET_GROUPS, TEAM_MEMBER_ROLES } from '../plan/vocabulary.js';
import { idSchema, workDateSchema } from '../validation/common.js';
import { z } from '../validation/zod-vi.js';
import { SIGNER_OFFICES } from './authorities.js';
import { scheduleNoticeInput } from './inspection-status.js';
import { planDraftInput } from './plan-input.schemas.js';
import { TEAM_KINDS } from './team-check.js';

/** The inputs of the planning procedures of the API (issue 4), each with Vietnamese messages. */

const expectedVersion = z
  .number({ error: 'Thiếu số phiên bản của dữ liệu đang sửa; hãy tải lại trang rồi sửa lại.' })
  .int({ error: 'Số phiên bản phải là số nguyên.' })
  .min(1, { error: 'Số phiên bản phải từ 1 trở lên.' })
  .max(2_147_483_647, { error: 'Số phiên bản không hợp lệ; hãy tải lại trang rồi sửa lại.' });

const optionalReason = z
  .string({ error: 'Lý do phải là chuỗi ký tự.' })
  .trim()
  .max(2000, { error: 'Lý do dài tối đa 2000 ký tự.' })
  .nullish()
  .transform((v) => v ?? null);

const windowRequired = <T extends { window: unknown }>(value: T) => value.window !== null;
const windowRequiredMessage = {
  error: 'Hãy nhập thời gian kiểm tra của kế hoạch (từ ngày, đến ngày).',
  path: ['window'],
};

/** An agency that sends staff to the plan's teams (seed IV.1). */
export const memberAgencyInput = z.object({
  orgUnitId: idSchema,
  isPoliceUnit: z.boolean({ error: 'Hãy cho biết cơ quan có phải Công an tỉnh không.' }).default(false),
});

const planFields = planDraftInput.extend({
  memberAgencies: z
    .array(memberAgencyInput, { error: 'Danh sách cơ quan tham gia không hợp lệ.' })
    .max(50, { error: 'Tối đa 50 cơ quan tham gia.' })
    .default([]),
});

/** zod schema of a new plan, created as a draft from its decision. The window is required. */
export const planCreateInput = planFields.refine(windowRequired, windowRequiredMessage);
export type PlanCreateInput = z.infer<typeof planCreateInput>;

/** zod schema of a change to a plan: a draft edit, or an amendment (with its reason) once published. */
export const planUpdateInput = planFields
  .extend({ planId: idSchema, expectedVersion, reason: optionalReason })
  .refine(windowRequired, windowRequiredMessage);
export type PlanUpdateInput = z.infer<typeof planUpdateInput>;

export const planCopyInput = z.object({
  planId: idSchema,
  year: z
    .number({ error: 'Năm kế hoạch phải là một số.' })
    .int({ error: 'Năm kế hoạch phải là số nguyên.' })
    .min(2000, { error: 'Năm kế hoạch phải từ 2000 đến 2100.' })
    .max(2100, { error: 'Năm kế hoạch phải từ 2000 đến 2100.' }),
  withTargets: z.boolean().default(false),
});

export const planPublishInput = z.object({ planId: idSchema, expectedVersion });

export const planRollupInput = z.object({
  year: z.number().int().min(2000).max(2100).nullish(),
});

export const targetAddInput = z.object({
  planId: idSchema,
  orgUnitId: idSchema,
  kind: z.enum(INSPECTION_KINDS, { error: 'Loại kiểm tra phải là Toàn diện, Chuyên đề hoặc Đột xuất.' }),
  group: z.enum(TARGET_GROUPS, { error: 'Nhóm đối tượng không hợp lệ.' }),
  subUnitIds: z
    .array(idSchema, { error: 'Danh sách đơn vị cấp xã không hợp lệ.' })
    .max(200, { error: 'Tối đa 200 đơn vị cấp xã của một đối tượng.' })
    .default([]),
  teamId: idSchema.nullish().transform((v) => v ?? null),
  note: z
    .string()
    .trim()
    .max(2000)
    .nullish()
    .transform((v) => v || null),
  reason: optionalReason,
});
export type TargetAddInput = z.infer<typeof targetAddInput>;

export const targetRemoveInput = z.object({ targetId: idSchema, expectedVersion, reason: optionalReason });

/** About 2 MB of .xlsx, as base64 (4 characters for 3 bytes). */
export const TARGET_IMPORT_MAX_BYTES = 2 * 1024 * 1024;

export const targetImportInput = z.object({
  planId: idSchema,
  fileBase64: z
    .string({ error: 'Hãy chọn tệp Excel (.xlsx) danh sách đối tượng.' })
    .min(1, { error: 'Hãy chọn tệp Excel (.xlsx) danh sách đối tượng.' })
    .max(Math.ceil(TARGET_IMPORT_MAX_BYTES / 3) * 4, {
      error: 'Tệp quá lớn: tệp danh sách đối tượng tối đa 2 MB.',
    })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/u, { error: 'Tệp gửi lên không đúng định dạng base64.' }),
  reason: optionalReason,
});

const teamMemberInput = z.object({
  userId: idSchema.nullish().transform((v) => v ?? null),
  fullName: z
    .string({ error: 'Hãy nhập họ tên thành viên.' })
    .trim()
    .min(1, { error: 'Hãy nhập họ tên thành viên.' })
    .max(200),
  position: z
    .string()
    .trim()
    .max(500)
    .nullish()
    .transform((v) => v || null),
  agencyId: idSchema,
  role: z.enum(TEAM_MEMBER_ROLES, { error: 'Vai trò trong Đoàn không hợp lệ.' }),
});

export const teamSaveInput = z.object({
  planId: idSchema,
  /** Absent: a new team. */
  teamId: idSchema.nullish().transform((v) => v ?? null),
  expectedVersion: expectedVersion.nullish().transform((v) => v ?? null),
  name: z
    .string({ error: 'Hãy nhập tên Đoàn kiểm tra.' })
    .trim()
    .min(1, { error: 'Hãy nhập tên Đoàn kiểm tra.' })
    .max(500),
  kind: z.enum(TEAM_KINDS, { error: 'Loại Đoàn kiểm tra không hợp lệ.' }),
  leadAgencyId: idSchema,
  decision: z
    .object({
      number: z.string().trim().max(50).default(''),
      date: workDateSchema.nullable().default(null),
      signerName: z.string().trim().max(200).default(''),
      signerOffice: z
        .enum(SIGNER_OFFICES, { error: 'Chức danh người ký không hợp lệ.' })
        .nullable()
        .default(null),
    })
    .nullable()
    .default(null),
  members: z.array(teamMemberInput, { error: 'Danh sách thành viên không hợp lệ.' }).max(100),
  reason: optionalReason,
});
export type TeamSaveInput = z.infer<typeof teamSaveInput>;

export const teamAssignInput = z.object({
  teamId: idSchema,
  targetIds: z
    .array(idSchema)
    .min(1, { error: 'Hãy chọn ít nhất một đối tượng.' })
    .max(1000, { error: 'Tối đa 1000 đối tượng một lần.' }),
  reason: optionalReason,
});

export const adHocAddInput = z.object({
  planId: idSchema,
  orgUnitId: idSchema,
  subUnitIds: z
    .array(idSchema)
    .max(200, { error: 'Tối đa 200 đơn vị cấp xã của một đối tượng.' })
    .default([]),
  teamId: idSchema.nullish().transform((v) => v ?? null),
  order: z.object({
    decisionNumber: z.string({ error: 'Số văn bản chỉ đạo phải là chuỗi ký tự.' }).trim().max(50).default(''),
    decisionDate: workDateSchema.nullable().default(null),
    orderedBy: z
      .string()
      .trim()
      .max(100, { error: 'Người chỉ đạo dài tối đa 100 ký tự.' })
      .nullable()
      .default(null),
  }),
  reason: optionalReason,
});
export type AdHocAddInput = z.infer<typeof adHocAddInput>;

const visitDates = z
  .array(workDateSchema, { error: 'Danh sách ngày kiểm tra không hợp lệ.' })
  .min(1, { error: 'Hãy chọn ít nhất một ngày kiểm tra.' })
  .max(20, { error: 'Một cuộc kiểm tra có tối đa 20 ngày làm việc tại đơn vị.' });

export const scheduleSetInput = z.object({
  inspectionId: idSchema,
  expectedVersion,
  dates: visitDates,
  form: z.enum(INSPECTION_FORMS, { error: 'Hình thức kiểm tra phải là trực tiếp hoặc qua báo cáo.' }),
  place: z
    .string()
    .trim()
    .max(500)
    .nullish()
    .transform((v) => v || null),
  lateNoticeReason: optionalReason,
});
export type ScheduleSetInput = z.infer<typeof scheduleSetInput>;

export const recordNoticeInput = z.object({
  inspectionId: idSchema,
  expectedVersion,
  notice: scheduleNoticeInput,
});

export const rescheduleInput = z.object({
  inspectionId: idSchema,
  expectedVersion,
  dates: visitDates,
  place: z
    .string()
    .trim()
    .max(500)
    .nullish()
    .transform((v) => v || null),
  lateNoticeReason: optionalReason,
  /** The amended notice sent with the new dates; without it the inspection goes back to "đã lên lịch". */
  amendedNotice: scheduleNoticeInput.nullish().transform((v) => v ?? null),
});

/** Discarding a draft plan, at the version the person saw. */
export const planDiscardInput = z.object({
  planId: idSchema,
  expectedVersion: z
    .number({ error: 'Thiếu số phiên bản của kế hoạch.' })
    .int({ error: 'Số phiên bản phải là số nguyên.' })
    .min(1, { error: 'Số phiên bản phải từ 1 trở lên.' })
    .max(2_147_483_647, { error: 'Số phiên bản không hợp lệ; hãy tải lại trang rồi sửa lại.' }),
});
