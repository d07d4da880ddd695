import {
  DomainError,
  type DomainErrorCode,
  inspectionByIdInput,
  TEAM_WORK_PUBLISHED_STATUSES,
} from '@kiemtra/domain';
import { z } from 'zod';
import type { Context } from '../../trpc/context.js';
import { HTTP_STATUS } from '../../trpc/errors.js';
import { defineOperation } from '../operation.js';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const fileSchema = z.object({
  name: z.string(),
  mime: z.string(),
  bytes: z.instanceof(Buffer),
});

/**
 * The document as the portal's own download route makes it (documents/document-routes.ts), asked
 * of this server in-process with the system's credentials: one generator, one access decision.
 */
async function downloaded(ctx: Context, url: string) {
  const response = await ctx.req.server.inject({
    method: 'GET',
    url,
    headers: { authorization: ctx.req.headers.authorization ?? '' },
  });
  if (response.statusCode !== 200) {
    const code = (Object.entries(HTTP_STATUS).find(([, s]) => s === response.statusCode)?.[0] ??
      'UNAVAILABLE') as DomainErrorCode;
    const message = (response.json() as { message?: string }).message ?? 'Không tải được văn bản.';
    throw new DomainError(code, message);
  }
  const disposition = String(response.headers['content-disposition'] ?? '');
  const name = decodeURIComponent(/filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ?? 'van-ban.docx');
  return { name, mime: String(response.headers['content-type'] ?? DOCX_MIME), bytes: response.rawPayload };
}

export const downloadConclusionNotice = defineOperation({
  operationId: 'downloadConclusionNotice',
  method: 'get',
  path: '/inspections/{inspectionId}/conclusion-notice',
  tag: 'Văn bản đã ban hành',
  summary: 'Tải Thông báo kết luận kiểm tra đã ban hành (.docx)',
  description:
    'Văn bản Thông báo kết luận kiểm tra (thể thức theo Nghị định 30/2020/NĐ-CP) của một cuộc kiểm tra đã ban hành kết luận; 404 khi chưa ban hành.',
  scopes: ['inspections:read'],
  params: inspectionByIdInput,
  output: fileSchema,
  file: { mime: DOCX_MIME, description: 'Tệp Word (.docx) của Thông báo kết luận kiểm tra.' },
  async run(call, { params }, ctx) {
    const inspection = await call.inspections.get({ inspectionId: params.inspectionId });
    if (!(TEAM_WORK_PUBLISHED_STATUSES as readonly string[]).includes(inspection.status))
      throw new DomainError('NOT_FOUND', 'Thông báo kết luận kiểm tra chưa được ban hành.');
    return downloaded(ctx, `/documents/inspections/${inspection.id}/conclusion-notice.docx`);
  },
  examples: {
    params: { inspectionId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' },
    response: {
      name: 'Thông báo kết luận kiểm tra - Sở Công Thương.docx',
      mime: DOCX_MIME,
      bytes: Buffer.from(''),
    },
  },
});
