import { API_SCOPE_LABELS, API_SCOPES, idempotencyKeySchema, KIEMTRA_VERSION } from '@kiemtra/domain';
import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { tokenRequestSchema, tokenResponseSchema } from './oauth.js';
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
    // Any one of: the registered token, an OAuth2 access token with one of the scopes, or the key and secret.
    security: [{ bearer: [] }, ...op.scopes.map((s) => ({ oauth2: [s] })), { apiKey: [], apiSecret: [] }],
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

const tokenExample = {
  grant_type: 'client_credentials',
  client_id: '7b0a3c52-6a51-4a8e-9a55-0c8f1b0e2a11',
  client_secret: 'kt1_…',
  scope: 'plans:read inspections:read',
};

const tokenOperation: ZodOpenApiOperationObject = {
  operationId: 'oauthToken',
  tags: ['Xác thực'],
  summary: 'Lấy mã truy cập ngắn hạn (OAuth2 client credentials)',
  description:
    'Đổi mã hệ thống (client_id) và mã truy cập đã được cấp (client_secret, gửi trong nội dung hoặc bằng HTTP Basic) lấy một mã truy cập ngắn hạn dùng trong Authorization: Bearer …. Mã ngắn hạn hết hiệu lực ngay khi mã đã cấp hết hạn, bị thay hay bị thu hồi. Không cần Idempotency-Key. Lỗi theo RFC 6749 (error, error_description) trong dạng problem+json.',
  security: [],
  requestBody: {
    required: true,
    content: {
      'application/x-www-form-urlencoded': { schema: tokenRequestSchema, example: tokenExample },
      'application/json': { schema: tokenRequestSchema, example: tokenExample },
    },
  },
  responses: {
    '200': {
      description: 'Mã truy cập',
      content: {
        'application/json': {
          schema: tokenResponseSchema,
          example: {
            access_token: 'kta_…',
            token_type: 'Bearer',
            expires_in: 900,
            scope: 'plans:read inspections:read',
          },
        },
      },
    },
    '400': problemResponse(400, 'Chỉ hỗ trợ grant_type=client_credentials.'),
    '401': problemResponse(
      401,
      'client_id hoặc client_secret không đúng, hoặc mã đã hết hạn, đã bị thay hay thu hồi.',
    ),
    '429': problemResponse(429, 'Hệ thống gọi quá nhiều lần; hãy thử lại sau.'),
  },
};

/** The OpenAPI 3.1 document of /api/v1, made from the operations' own zod schemas. */
export function openApiDocument(serverUrl = '/') {
  const paths: ZodOpenApiPathsObject = {};
  for (const op of REST_OPERATIONS) {
    const path = `/api/v1${op.path}`;
    paths[path] = { ...paths[path], [op.method]: operationObject(op) };
  }
  paths['/api/v1/oauth/token'] = { post: tokenOperation };
  return withParameterExamples(
    createDocument({
      openapi: '3.1.0',
      info: {
        title: 'kiemtra: giao diện kết nối cho hệ thống khác (REST/JSON)',
        version: KIEMTRA_VERSION,
        description: [
          'Giao diện REST/JSON của hệ thống kiểm tra công tác cải cách hành chính, cho các hệ thống thông tin của tỉnh (qua nền tảng tích hợp, chia sẻ dữ liệu LGSP).',
          '',
          '- Xác thực (một trong ba cách): mã truy cập do quản trị hệ thống cấp (Authorization: Bearer kt1_…); mã ngắn hạn lấy tại POST /api/v1/oauth/token (OAuth2 client credentials); hoặc cặp header X-Api-Key (mã hệ thống) và X-Api-Secret (mã truy cập) cho nền tảng tích hợp.',
          '- Giới hạn số lần gọi theo hệ thống và theo địa chỉ: quá giới hạn nhận 429 với header Retry-After (số giây phải chờ).',
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
          apiKey: {
            type: 'apiKey',
            in: 'header',
            name: 'X-Api-Key',
            description:
              'Cho nền tảng tích hợp (LGSP): mã hệ thống (id trong sổ hệ thống kết nối), gửi kèm X-Api-Secret.',
          },
          apiSecret: {
            type: 'apiKey',
            in: 'header',
            name: 'X-Api-Secret',
            description: 'Mã truy cập do quản trị hệ thống cấp cho hệ thống (kt1_…), gửi kèm X-Api-Key.',
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
