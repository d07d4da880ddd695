import { z } from 'zod';

/** The answers' schemas of /api/v1: what the document promises and every answer is parsed with. */
const isoDate = z.string().meta({ description: 'Ngày theo ISO 8601 (yyyy-mm-dd).', example: '2024-05-20' });
const id = z.uuid().meta({ description: 'Mã định danh (UUID).' });

export const officialCodes = {
  code: z.string().meta({ description: 'Mã đơn vị trong danh mục của tỉnh.' }),
  adminCode: z
    .string()
    .nullable()
    .meta({ description: 'Mã đơn vị hành chính (Quyết định 124/2004/QĐ-TTg và sửa đổi).' }),
  electronicId: z
    .string()
    .nullable()
    .meta({ description: 'Mã định danh điện tử của cơ quan, đơn vị (Quyết định 20/2020/QĐ-TTg).' }),
};

export const unitSchema = z
  .object({
    id,
    ...officialCodes,
    name: z.string().meta({ description: 'Tên đơn vị tại ngày được hỏi.' }),
    kind: z.string(),
    kindLabel: z.string(),
    parentId: id.nullable(),
    parentName: z.string().nullable(),
    validFrom: isoDate,
    validTo: isoDate.nullable(),
  })
  .meta({ id: 'Unit', description: 'Một đơn vị trong danh mục tại một ngày.' });

export const deadlineSchema = z
  .object({
    code: z.string(),
    key: z.string().meta({ description: 'Khóa của thời hạn trong cuộc kiểm tra.' }),
    label: z.string(),
    dueDate: isoDate,
    doneOn: isoDate.nullable(),
    state: z.record(z.string(), z.unknown()).meta({
      description:
        'Trạng thái: kind là not_due, due_in (workingDays), met_on_time, met_late (workingDaysLate), missed (workingDaysOverdue) hoặc not_applicable (reason).',
    }),
    stateLabel: z.string(),
    provisional: z.boolean(),
  })
  .meta({ id: 'Deadline', description: 'Một thời hạn của cuộc kiểm tra và trạng thái của nó hôm nay.' });

export const inspectionSchema = z
  .object({
    id,
    planId: id,
    planTitle: z.string(),
    orgUnitId: id,
    orgUnitName: z.string(),
    teamName: z.string().nullable(),
    form: z.string(),
    formLabel: z.string(),
    status: z.string(),
    statusLabel: z.string(),
    startDate: isoDate.nullable(),
    endDate: isoDate.nullable(),
    deadlines: z.array(deadlineSchema),
  })
  .meta({ id: 'Inspection', description: 'Một cuộc kiểm tra (một đơn vị được kiểm tra) với mọi thời hạn.' });

export const planSummarySchema = z
  .object({
    id,
    year: z.number().int(),
    title: z.string(),
    status: z.string(),
    decisionNumber: z.string().nullable(),
    decisionDate: isoDate.nullable(),
    windowStart: isoDate,
    windowEnd: isoDate,
    ownerOrgUnitName: z.string(),
  })
  .meta({ id: 'PlanSummary', description: 'Một kế hoạch kiểm tra đã ban hành.' });
