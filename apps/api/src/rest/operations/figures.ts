import { inspectionByIdInput, pushSystemFiguresInput } from '@kiemtra/domain';
import { z } from 'zod';
import { defineOperation } from '../operation.js';

const pushedSchema = z
  .object({
    inspectionId: z.uuid(),
    itemCode: z.string(),
    figureKeys: z.array(z.string()),
    recordedAt: z.string().meta({ description: 'Thời điểm ghi nhận (ISO 8601).' }),
  })
  .meta({ id: 'PushedFigures', description: 'Các số liệu đã ghi vào báo cáo của đơn vị.' });

export const pushFigures = defineOperation({
  operationId: 'pushFigures',
  method: 'post',
  path: '/inspections/{inspectionId}/figures',
  tag: 'Báo cáo của đơn vị',
  summary: 'Gửi số liệu từ hệ thống vào báo cáo của đơn vị',
  description:
    'Ghi số liệu hệ thống đang nắm (ví dụ số hồ sơ của Hệ thống thông tin giải quyết TTHC, các chỉ số của Bộ chỉ số phục vụ người dân, doanh nghiệp theo Quyết định 766/QĐ-TTg) vào một mục của báo cáo. Số liệu hiện “từ hệ thống” với nguồn và thời điểm; đơn vị được cho ý kiến nhưng không sửa được. Mã mục và khóa số liệu lấy từ đề cương (getReportOutline). Bắt buộc header Idempotency-Key: gửi lại cùng khóa và cùng nội dung (sau khi mất kết nối) chỉ ghi một lần.',
  scopes: ['unit-figures:write'],
  params: inspectionByIdInput,
  body: pushSystemFiguresInput.omit({ inspectionId: true }),
  output: pushedSchema,
  async run(call, { params, body }) {
    const pushed = await call.reports.pushFigures({ ...body, inspectionId: params.inspectionId });
    return { ...pushed, recordedAt: pushed.recordedAt.toISOString() };
  },
  examples: {
    params: { inspectionId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' },
    body: {
      itemCode: 'I.3.d',
      source: 'Hệ thống thông tin giải quyết TTHC tỉnh',
      figures: { dossiers_received: 1250, dossiers_on_time: 1238, dossiers_late: 12 },
    },
    response: {
      inspectionId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      itemCode: 'I.3.d',
      figureKeys: ['dossiers_received', 'dossiers_on_time', 'dossiers_late'],
      recordedAt: '2024-04-25T04:00:00.000Z',
    },
  },
});
