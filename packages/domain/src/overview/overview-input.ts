import { idSchema } from '../validation/common.js';
import { z } from '../validation/zod-vi.js';

export const OVERVIEW_DIMENSIONS = ['unit', 'team', 'group', 'plan'] as const;
export const OVERVIEW_DIMENSION_LABELS: Record<(typeof OVERVIEW_DIMENSIONS)[number], string> = {
  unit: 'Theo cơ quan, đơn vị được kiểm tra',
  team: 'Theo Đoàn kiểm tra',
  group: 'Theo nhóm cơ quan, đơn vị',
  plan: 'Theo kế hoạch (cấp tỉnh và cấp dưới)',
};

/** The leadership view of a year's plans or of one plan; the newest year by default. */
export const overviewInput = z.object({
  year: z
    .number({ error: 'Năm phải là một số, ví dụ 2024.' })
    .int('Năm phải là một số nguyên.')
    .min(2000, 'Năm phải từ 2000 đến 2100.')
    .max(2100, 'Năm phải từ 2000 đến 2100.')
    .optional(),
  planId: idSchema.optional(),
  by: z.enum(OVERVIEW_DIMENSIONS, { error: 'Cách nhóm không hợp lệ.' }).default('unit'),
});
export type OverviewInput = z.input<typeof overviewInput>;
