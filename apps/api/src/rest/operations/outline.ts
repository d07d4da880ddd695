import { planByIdInput } from '@kiemtra/domain';
import { z } from 'zod';
import { defineOperation } from '../operation.js';
import { officialCodes } from '../schemas.js';
import { unitCodesOf } from '../unit-codes.js';
import { EXAMPLE_PLAN_ID } from './plans.js';

const outlineSchema = z
  .object({
    planId: z.uuid(),
    planTitle: z.string(),
    outlines: z.array(
      z.object({
        code: z.string().meta({ description: 'Mã đề cương.' }),
        version: z.number().int(),
        title: z.string(),
        inspectionKind: z.string().nullable(),
        items: z.array(
          z.object({
            code: z.string().meta({ description: 'Mã mục của đề cương, dùng làm itemCode khi gửi số liệu.' }),
            title: z.string(),
            required: z.boolean(),
            figures: z.array(
              z.object({
                key: z.string().meta({ description: 'Khóa số liệu, dùng làm khóa trong figures khi gửi.' }),
                label: z.string(),
                kind: z.enum(['count', 'percent', 'amount']),
                kindLabel: z.string(),
                unit: z.string().meta({ description: 'Đơn vị tính, ví dụ “hồ sơ”, “%”.' }),
              }),
            ),
            constraints: z.array(
              z.object({
                key: z.string(),
                notGreaterThan: z
                  .string()
                  .meta({ description: 'Số liệu `key` không được lớn hơn số liệu này.' }),
              }),
            ),
          }),
        ),
        inspections: z.array(
          z.object({
            inspectionId: z.uuid(),
            orgUnitId: z.uuid(),
            orgUnitName: z.string(),
            orgUnitCode: officialCodes.code.nullable(),
            orgUnitElectronicId: officialCodes.electronicId,
          }),
        ),
      }),
    ),
  })
  .meta({
    id: 'ReportOutline',
    description: 'Đề cương báo cáo của các đơn vị trong một kế hoạch và các cuộc kiểm tra dùng mỗi đề cương.',
  });

export const getReportOutline = defineOperation({
  operationId: 'getReportOutline',
  method: 'get',
  path: '/plans/{planId}/report-outline',
  tag: 'Báo cáo của đơn vị',
  summary: 'Đề cương báo cáo của một kế hoạch: mã mục, khóa số liệu, đơn vị tính, ràng buộc',
  description:
    'Cho hệ thống biết được gửi số liệu nào và gửi vào đâu: mỗi đề cương với các mục phải trả lời (mã mục), các số liệu của mục (khóa, đơn vị tính, loại), các ràng buộc giữa số liệu (ví dụ số hồ sơ đúng hạn không lớn hơn số hồ sơ tiếp nhận), và các cuộc kiểm tra dùng đề cương đó. Mở cho quyền unit-figures:write hoặc plans:read.',
  scopes: ['unit-figures:write', 'plans:read'],
  params: planByIdInput,
  output: outlineSchema,
  async run(call, { params }, ctx) {
    const outline = await call.reports.planOutline({ planId: params.planId });
    const codesOf = await unitCodesOf(ctx.db, ctx.profile?.actor.tenantId ?? '');
    return {
      ...outline,
      outlines: outline.outlines.map((o) => ({
        ...o,
        inspections: o.inspections.map((i) => ({
          ...i,
          orgUnitCode: codesOf(i.orgUnitId).code,
          orgUnitElectronicId: codesOf(i.orgUnitId).electronicId,
        })),
      })),
    };
  },
  examples: {
    params: { planId: EXAMPLE_PLAN_ID },
    response: {
      planId: EXAMPLE_PLAN_ID,
      planTitle: 'Kế hoạch kiểm tra công tác cải cách hành chính năm 2024',
      outlines: [
        {
          code: 'DC-SO-NGANH',
          version: 1,
          title: 'Đề cương báo cáo của sở, ban, ngành',
          inspectionKind: 'department',
          items: [
            {
              code: 'I.3.d',
              title: 'Thực hiện cơ chế một cửa, một cửa liên thông',
              required: true,
              figures: [
                {
                  key: 'dossiers_received',
                  label: 'Số hồ sơ tiếp nhận',
                  kind: 'count',
                  kindLabel: 'Số đếm (số nguyên, không âm)',
                  unit: 'hồ sơ',
                },
                {
                  key: 'dossiers_on_time',
                  label: 'Số hồ sơ giải quyết đúng hạn',
                  kind: 'count',
                  kindLabel: 'Số đếm (số nguyên, không âm)',
                  unit: 'hồ sơ',
                },
              ],
              constraints: [{ key: 'dossiers_on_time', notGreaterThan: 'dossiers_received' }],
            },
          ],
          inspections: [
            {
              inspectionId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
              orgUnitId: '7b0a3c52-6a51-4a8e-9a55-0c8f1b0e2a11',
              orgUnitName: 'Sở Công Thương',
              orgUnitCode: 'SCT',
              orgUnitElectronicId: 'H09.12',
            },
          ],
        },
      ],
    },
  },
});
