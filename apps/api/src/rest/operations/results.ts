import { resultsByPlanInput } from '@kiemtra/domain';
import { z } from 'zod';
import { defineOperation } from '../operation.js';
import { officialCodes } from '../schemas.js';
import { unitCodesOf } from '../unit-codes.js';
import { EXAMPLE_PLAN_ID } from './plans.js';

const resultsSchema = z
  .object({
    planId: z.uuid(),
    units: z.array(
      z.object({
        unitId: z.uuid(),
        unitName: z.string(),
        unitCode: officialCodes.code.nullable(),
        adminCode: officialCodes.adminCode,
        electronicId: officialCodes.electronicId,
        inspected: z.boolean().meta({ description: 'Đơn vị đã được kiểm tra trong kế hoạch.' }),
        findingsByKind: z
          .record(z.string(), z.number().int())
          .meta({ description: 'Số phát hiện theo loại (ưu điểm, hạn chế, vi phạm…).' }),
        recommendations: z.object({
          total: z.number().int(),
          done: z.number().int(),
          remediatedOnTime: z.number().int(),
          overdue: z.number().int(),
        }),
      }),
    ),
  })
  .meta({
    id: 'PlanResults',
    description: 'Kết quả kiểm tra theo từng đơn vị, phục vụ xếp hạng Chỉ số CCHC.',
  });

export const getPlanResults = defineOperation({
  operationId: 'getPlanResults',
  method: 'get',
  path: '/plans/{planId}/results',
  tag: 'Kết quả kiểm tra',
  summary: 'Kết quả kiểm tra theo đơn vị (phục vụ xếp hạng Chỉ số CCHC - PAR INDEX)',
  description:
    'Với mỗi đơn vị của kế hoạch: đã được kiểm tra chưa, số phát hiện theo loại, số kiến nghị, đã khắc phục, khắc phục đúng hạn, quá hạn; kèm mã chính thức của đơn vị.',
  scopes: ['results:read'],
  params: resultsByPlanInput,
  output: resultsSchema,
  async run(call, { params }, ctx) {
    const results = await call.results.byPlan({ planId: params.planId });
    const codesOf = await unitCodesOf(ctx.db, ctx.profile?.actor.tenantId ?? '');
    return {
      planId: results.planId,
      units: results.units.map((u) => {
        const codes = codesOf(u.unitId);
        return {
          unitId: u.unitId,
          unitName: u.unitName,
          unitCode: codes.code,
          adminCode: codes.adminCode,
          electronicId: codes.electronicId,
          inspected: u.inspected,
          findingsByKind: { ...u.findingsByKind },
          recommendations: u.recommendations,
        };
      }),
    };
  },
  examples: {
    params: { planId: EXAMPLE_PLAN_ID },
    response: {
      planId: EXAMPLE_PLAN_ID,
      units: [
        {
          unitId: '7b0a3c52-6a51-4a8e-9a55-0c8f1b0e2a11',
          unitName: 'Sở Công Thương',
          unitCode: 'SCT',
          adminCode: null,
          electronicId: 'H09.12',
          inspected: true,
          findingsByKind: { strength: 2, limitation: 3, violation: 0 },
          recommendations: { total: 3, done: 2, remediatedOnTime: 2, overdue: 0 },
        },
      ],
    },
  },
});
