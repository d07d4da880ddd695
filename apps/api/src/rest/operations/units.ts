import { orgUnitRegisterInput, todayInVietnam, toIsoDate } from '@kiemtra/domain';
import { z } from 'zod';
import { defineOperation } from '../operation.js';
import { pageOf, pageQuery, paginate } from '../paginate.js';
import { unitSchema } from '../schemas.js';

const EXAMPLE_UNIT = {
  id: '7b0a3c52-6a51-4a8e-9a55-0c8f1b0e2a11',
  code: 'SNV',
  adminCode: null,
  electronicId: 'H09.20',
  name: 'Sở Nội vụ',
  kind: 'department',
  kindLabel: 'Sở, ban, ngành',
  parentId: null,
  parentName: null,
  validFrom: '2015-01-01',
  validTo: null,
};

export const listUnits = defineOperation({
  operationId: 'listUnits',
  method: 'get',
  path: '/units',
  tag: 'Danh mục đơn vị',
  summary: 'Danh mục cơ quan, đơn vị tại một ngày',
  description:
    'Mọi đơn vị tồn tại vào ngày `asAt` (mặc định hôm nay), với tên tại ngày đó, đơn vị cấp trên và các mã chính thức (mã danh mục, mã đơn vị hành chính, mã định danh điện tử).',
  scopes: ['org-units:read'],
  query: z.object({ asAt: orgUnitRegisterInput.shape.asAt.optional(), ...pageQuery }),
  output: pageOf(unitSchema),
  async run(call, { query }, ctx) {
    const asAt = query.asAt ?? toIsoDate(todayInVietnam(ctx.clock.now()));
    const { units } = await call.orgUnits.register({ asAt });
    return paginate(
      units.map((u) => ({
        id: u.id,
        code: u.code,
        adminCode: u.adminCode,
        electronicId: u.electronicId,
        name: u.name,
        kind: u.kind,
        kindLabel: u.kindLabel,
        parentId: u.parentId,
        parentName: u.parentName,
        validFrom: u.validFrom,
        validTo: u.validTo,
      })),
      (u) => u.id,
      query,
    );
  },
  examples: {
    query: { asAt: '2024-06-30', limit: 50 },
    response: { items: [EXAMPLE_UNIT], nextCursor: null },
  },
});
