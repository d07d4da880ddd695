import { INSPECTION_KINDS } from '../plan/vocabulary.js';
import { boundedRecord } from '../validation/bounded-record.js';
import { idSchema } from '../validation/common.js';
import { safeString } from '../validation/safe-text.js';
import { z } from '../validation/zod-vi.js';
import { MAX_NARRATIVE_LENGTH } from './rich-text.js';

const itemCode = z
  .string({ error: 'Mã mục của đề cương phải là chuỗi.' })
  .trim()
  .min(1, { error: 'Hãy cho biết mục của đề cương.' })
  .max(40, { error: 'Mã mục của đề cương quá dài.' });

const figureKey = z
  .string()
  .max(60, { error: 'Mã số liệu dài tối đa 60 ký tự.' })
  .regex(/^[a-z][a-z0-9_]{0,59}$/, {
    error: 'Mã số liệu chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới.',
  });

/** The figures of one outline item: at most 30 (outlineItem.figures), each within ±10^15 (an amount in đồng). */
const MAX_FIGURES = 30;
const MAX_FIGURE = 1e15;
const figureValue = z
  .number({ error: 'Số liệu phải là một số.' })
  .finite({ error: 'Số liệu phải là một số hữu hạn.' })
  .min(-MAX_FIGURE, { error: 'Số liệu phải trong khoảng từ -10^15 đến 10^15.' })
  .max(MAX_FIGURE, { error: 'Số liệu phải trong khoảng từ -10^15 đến 10^15.' });
const figures = <V extends z.ZodType>(value: V, least?: { min: number; minMessage: string }) =>
  boundedRecord(figureKey, value, {
    max: MAX_FIGURES,
    maxMessage: `Một mục có tối đa ${MAX_FIGURES} số liệu.`,
    ...least,
  });

const version = z
  .number({ error: 'Thiếu số phiên bản của nội dung đang sửa.' })
  .int({ error: 'Số phiên bản phải là số nguyên.' })
  .min(0, { error: 'Số phiên bản không được âm.' })
  .max(2_147_483_647, { error: 'Số phiên bản không hợp lệ; hãy tải lại trang rồi sửa lại.' });

const reason = (what: string) =>
  safeString(`Hãy nêu ${what}.`)
    .trim()
    .min(5, { error: `Hãy nêu ${what} (ít nhất 5 ký tự).` })
    .max(2000, { error: `${what[0]?.toUpperCase()}${what.slice(1)} không quá 2.000 ký tự.` });

export const reportByInspectionInput = z.object({ inspectionId: idSchema });

/** One item's draft: the narrative (HTML, cleaned on save), the unit's figures, the version it was edited from (0: new). */
export const saveAnswerInput = z.object({
  inspectionId: idSchema,
  itemCode,
  narrative: safeString('Nội dung trả lời phải là văn bản.').max(MAX_NARRATIVE_LENGTH, {
    error: 'Nội dung trả lời quá dài (tối đa 200.000 ký tự).',
  }),
  figures: figures(figureValue.nullable()).default({}),
  expectedVersion: version,
});

export const submitReportInput = z.object({ inspectionId: idSchema, expectedVersion: version });

export const reopenReportInput = z.object({
  inspectionId: idSchema,
  expectedVersion: version,
  reason: reason('lý do mở lại báo cáo'),
});

export const requestAdditionsInput = z.object({
  inspectionId: idSchema,
  expectedVersion: version,
  itemCodes: z.array(itemCode).min(1, { error: 'Hãy chọn ít nhất một mục cần đơn vị bổ sung.' }).max(100),
  reason: reason('nội dung đề nghị bổ sung'),
});

export const commentOnItemInput = z.object({
  inspectionId: idSchema,
  itemCode,
  body: safeString('Ý kiến phải là văn bản.')
    .trim()
    .min(1, { error: 'Hãy viết nội dung ý kiến.' })
    .max(5000, { error: 'Ý kiến không quá 5.000 ký tự.' }),
});

/** Figures a provincial system pushes for one item of a unit's report (scope unit-figures:write). */
export const pushSystemFiguresInput = z.object({
  inspectionId: idSchema,
  itemCode,
  source: z
    .string({ error: 'Hãy nêu hệ thống nguồn của số liệu.' })
    .trim()
    .min(2, { error: 'Hãy nêu hệ thống nguồn của số liệu.' })
    .max(200),
  figures: figures(figureValue, { min: 1, minMessage: 'Hãy gửi ít nhất một số liệu.' }),
});

export const commentOnSystemFigureInput = z.object({
  inspectionId: idSchema,
  itemCode,
  figureKey,
  comment: safeString('Ý kiến phải là văn bản.').trim().max(2000, { error: 'Ý kiến không quá 2.000 ký tự.' }),
});

const figureField = z.object({
  key: figureKey,
  label: z.string().trim().min(1, { error: 'Hãy nêu tên số liệu.' }).max(200),
  kind: z.enum(['count', 'percent', 'amount'], {
    error: 'Loại số liệu phải là đếm, tỷ lệ phần trăm hoặc số tiền.',
  }),
  unit: z.string().trim().min(1, { error: 'Hãy nêu đơn vị tính.' }).max(40),
});

const outlineItem = z.object({
  code: itemCode,
  parentCode: itemCode.nullable(),
  title: z.string().trim().min(1, { error: 'Hãy nêu nội dung mục.' }).max(2000),
  guidance: z.string().trim().max(4000).nullable().default(null),
  required: z.boolean(),
  figures: z.array(figureField).max(MAX_FIGURES).default([]),
  figureRules: z
    .array(z.object({ key: figureKey, notGreaterThan: figureKey }))
    .max(30)
    .default([]),
});

/** A new version of an outline, published by an administrator; earlier reports keep theirs. */
export const publishTemplateInput = z.object({
  code: z
    .string()
    .max(60, { error: 'Mã đề cương dài tối đa 60 ký tự.' })
    .regex(/^[a-z0-9-]{3,60}$/, {
      error: 'Mã đề cương chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.',
    }),
  title: z.string().trim().min(5, { error: 'Hãy nêu tên đề cương.' }).max(300),
  inspectionKind: z.enum(INSPECTION_KINDS, { error: 'Loại hình kiểm tra không hợp lệ.' }),
  items: z.array(outlineItem).min(1, { error: 'Đề cương phải có ít nhất một mục.' }).max(300),
});

export const templateByIdInput = z.object({ templateId: idSchema });

/** Where an uploaded file goes and what it is called (the bytes travel as the request body). */
export const attachmentUploadInput = z.object({
  inspectionId: idSchema,
  itemCode,
  fileName: safeString('Thiếu tên tệp.')
    .trim()
    .min(1, { error: 'Thiếu tên tệp.' })
    .max(255, { error: 'Tên tệp quá dài (tối đa 255 ký tự).' }),
});

export const attachmentByIdInput = z.object({ attachmentId: idSchema });
