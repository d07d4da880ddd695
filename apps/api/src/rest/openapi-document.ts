import { API_SCOPE_LABELS, API_SCOPES, idempotencyKeySchema, KIEMTRA_VERSION } from '@kiemtra/domain';
import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import type { RestOperation } from './operation.js';
import { REST_OPERATIONS } from './operations/index.js';
import { problemSchema, TITLES } from './problem.js';

const idempotencyKeyHeader = z.object({
  'Idempotency-Key': idempotencyKeySchema.meta({
    description:
      'Khóa chống gửi lặp: 8–128 ký tự chữ, số, _ . : - (ví dụ một UUID) cho mỗi lần ghi; gửi lại đúng khóa và nội dung sau khi mất kết nối thì chỉ ghi một lần và nhận lại kết quả lần đầu.',
    example: '5f0c6f1e-8a5d-4a7b-9a4e-2b1c3d4e5f60',
  }),
});

const problemResponse = (status: number, detail: string) => ({
  description: TITLES[status] ?? 'Lỗi',
  content: {
    'application/problem+json': {
      schema: problemSchema,
      example: {
        type: 'about:blank',
        title: TITLES[status] ?? 'Lỗi',
        status,
        detail,
        instance: '/api/v1/…',
        code: {
          400: 'INVALID_INPUT',
          401: 'UNAUTHENTICATED',
          403: 'FORBIDDEN',
          404: 'NOT_FOUND',
          429: 'RATE_LIMITED',
        }[status],
        issues: [],
      },
    },
  },
});

function operationObject(op: RestOperation): ZodOpenApiOperationObject {
  const responses: ZodOpenApiOperationObject['responses'] = {
    [String(op.status ?? 200)]: {
      description: 'Thành công',
      ...(op.method === 'get' && {
        headers: {
          ETag: {
            description: 'Phiên bản của câu trả lời; gửi lại trong If-None-Match để nhận 304 khi không đổi.',
            schema: { type: 'string' as const },
          },
        },
      }),
      content: op.file
        ? { [op.file.mime]: { schema: { type: 'string' as const, format: 'binary' } } }
        : { 'application/json': { schema: op.output, example: op.examples.response } },
      ...(op.file && { description: op.file.description }),
    },
    '400': problemResponse(400, 'Ngày phải theo dạng dd/mm/yyyy.'),
    '401': problemResponse(401, 'Hệ thống chưa được xác thực.'),
    '403': problemResponse(403, 'Bạn không có quyền xem kế hoạch kiểm tra.'),
    '429': problemResponse(429, 'Hệ thống gọi quá nhiều lần; hãy thử lại sau.'),
  };
  if (op.method === 'get')
    responses['304'] = { description: 'Không thay đổi so với ETag đã gửi (If-None-Match).' };
  if (op.params || op.method === 'post')
    responses['404'] = problemResponse(404, 'Không tìm thấy kế hoạch kiểm tra này.');
  if (op.method === 'post') {
    responses['409'] = problemResponse(409, 'Khóa Idempotency-Key này đã dùng cho một yêu cầu khác.');
    responses['422'] = problemResponse(422, 'Không thực hiện được theo quy định.');
  }
  const scopes = op.scopes.map((s) => `\`${s}\` (${API_SCOPE_LABELS[s]})`).join(' hoặc ');
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    description: `${op.description}\n\nQuyền cần có: ${scopes}.`,
    security: op.scopes.map((s) => ({ bearer: [], oauth2: [s] })),
    requestParams: {
      ...(op.params && { path: op.params }),
      ...(op.query && { query: op.query }),
      ...(op.method === 'post' && { header: idempotencyKeyHeader }),
    },
    ...(op.body && {
      requestBody: {
        required: true,
        content: { 'application/json': { schema: op.body, example: op.examples.body } },
      },
    }),
    responses,
  };
}

/** The OpenAPI 3.1 document of /api/v1, made from the operations' own zod schemas. */
export function openApiDocument(serverUrl = '/') {
  const paths: ZodOpenApiPathsObject = {};
  for (const op of REST_OPERATIONS) {
    const path = `/api/v1${op.path}`;
    paths[path] = { ...paths[path], [op.method]: operationObject(op) };
  }
  return withParameterExamples(
    createDocument({
      openapi: '3.1.0',
      info: {
        title: 'kiemtra: giao diện kết nối cho hệ thống khác (REST/JSON)',
        version: KIEMTRA_VERSION,
        description: [
          'Giao diện REST/JSON của hệ thống kiểm tra công tác cải cách hành chính, cho các hệ thống thông tin của tỉnh (qua nền tảng tích hợp, chia sẻ dữ liệu LGSP).',
          '',
          '- Xác thực: mã truy cập do quản trị hệ thống cấp (Authorization: Bearer …).',
          '- Danh sách trả về từng trang: tham số `limit` và `cursor` (lấy từ `nextCursor` của trang trước).',
          '- Mọi câu trả lời đọc có ETag; gửi If-None-Match để nhận 304 khi dữ liệu không đổi.',
          '- Mọi yêu cầu POST phải có header Idempotency-Key.',
          '- Lỗi theo RFC 9457 (application/problem+json): `detail` là lời giải thích tiếng Việt, `issues` là lỗi theo từng trường.',
        ].join('\n'),
      },
      servers: [{ url: serverUrl, description: 'Máy chủ này' }],
      tags: [...new Set(REST_OPERATIONS.map((o) => o.tag))].map((name) => ({ name })),
      paths,
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description:
              'Mã truy cập của hệ thống (do quản trị hệ thống cấp, hoặc lấy tại /api/v1/oauth/token).',
          },
          oauth2: {
            type: 'oauth2',
            description:
              'OAuth2 client credentials: đổi client_id và client_secret lấy mã truy cập ngắn hạn.',
            flows: {
              clientCredentials: {
                tokenUrl: '/api/v1/oauth/token',
                scopes: Object.fromEntries(API_SCOPES.map((s) => [s, API_SCOPE_LABELS[s]])),
              },
            },
          },
        },
      },
    }),
  );
}

/** Each path and query parameter with the value of its operation's example request. */
function withParameterExamples<D extends ReturnType<typeof createDocument>>(document: D): D {
  for (const item of Object.values(document.paths ?? {})) {
    for (const op of Object.values(item ?? {})) {
      const rest = REST_OPERATIONS.find(
        (o) => typeof op === 'object' && op && 'operationId' in op && o.operationId === op.operationId,
      );
      if (!rest || typeof op !== 'object' || !op || !('parameters' in op)) continue;
      for (const parameter of (op.parameters ?? []) as { in: string; name: string; example?: unknown }[]) {
        const examples: Record<string, unknown> =
          parameter.in === 'path'
            ? (rest.examples.params ?? {})
            : parameter.in === 'query'
              ? (rest.examples.query ?? {})
              : {};
        if (parameter.name in examples) parameter.example = examples[parameter.name];
        if (parameter.name === 'Idempotency-Key') parameter.example = '5f0c6f1e-8a5d-4a7b-9a4e-2b1c3d4e5f60';
      }
    }
  }
  return document;
}
