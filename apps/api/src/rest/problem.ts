import { isDomainError } from '@kiemtra/domain';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { z } from 'zod';
import {
  asDomainFailure,
  domainIssues,
  type FieldIssue,
  HTTP_STATUS,
  INTERNAL_ERROR_MESSAGE,
  inputIssues,
  inputMessage,
} from '../trpc/errors.js';

/** RFC 9457: every refusal of /api/v1 has this one shape, as application/problem+json. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const TITLES: Record<number, string> = {
  400: 'Dữ liệu gửi lên không hợp lệ',
  401: 'Chưa xác thực hệ thống',
  403: 'Không có quyền',
  404: 'Không tìm thấy',
  409: 'Xung đột dữ liệu',
  413: 'Yêu cầu quá lớn',
  415: 'Kiểu nội dung không được hỗ trợ',
  422: 'Không thực hiện được theo quy định',
  428: 'Thiếu khóa chống gửi lặp',
  429: 'Gọi quá nhiều lần',
  500: 'Lỗi hệ thống',
  503: 'Hệ thống tạm thời không phục vụ được',
};

export const problemSchema = z
  .object({
    type: z.string().meta({ description: 'Định danh loại lỗi (URI).', example: 'about:blank' }),
    title: z.string().meta({ description: 'Tên loại lỗi.', example: 'Dữ liệu gửi lên không hợp lệ' }),
    status: z.number().int().meta({ description: 'Mã trạng thái HTTP.', example: 400 }),
    detail: z.string().meta({ description: 'Lời giải thích bằng tiếng Việt cho người đọc.' }),
    instance: z.string().meta({ description: 'Đường dẫn của yêu cầu bị từ chối.' }),
    code: z.string().meta({ description: 'Mã lỗi ổn định để chương trình xử lý, ví dụ FORBIDDEN.' }),
    issues: z
      .array(
        z.object({
          path: z.string().meta({ description: 'Trường dữ liệu có lỗi (rỗng: cả yêu cầu).' }),
          message: z.string().meta({ description: 'Lỗi của trường, bằng tiếng Việt.' }),
          code: z.string().nullable(),
          field: z.string().nullable(),
        }),
      )
      .meta({ description: 'Các lỗi theo từng trường dữ liệu.' }),
  })
  // RFC 9457 §3.2: a problem may carry extension members (the token endpoint's error, error_description).
  .loose()
  .meta({ id: 'Problem', description: 'Lỗi theo RFC 9457 (application/problem+json).' });
export type Problem = z.infer<typeof problemSchema>;

export function problem(
  status: number,
  detail: string,
  instance: string,
  options: { code?: string; issues?: FieldIssue[] } = {},
): Problem {
  return {
    type: 'about:blank',
    title: TITLES[status] ?? 'Lỗi',
    status,
    detail,
    instance,
    code: options.code ?? codeOf(status),
    issues: options.issues ?? [],
  };
}

function codeOf(status: number): string {
  const codes: Record<number, string> = {
    400: 'INVALID_INPUT',
    401: 'UNAUTHENTICATED',
    403: 'FORBIDDEN',
    404: 'NOT_FOUND',
    409: 'CONFLICT',
    422: 'RULE_VIOLATION',
    428: 'IDEMPOTENCY_KEY_REQUIRED',
    429: 'RATE_LIMITED',
    503: 'UNAVAILABLE',
  };
  return codes[status] ?? 'INTERNAL';
}

/**
 * What a procedure's failure says to a system: the same Vietnamese message and field issues as the
 * tRPC error formatter (init.ts), in RFC 9457's shape; null for a bug (the caller logs it, 500).
 */
export function problemOf(error: unknown, instance: string): Problem | null {
  if (error instanceof TRPCError) {
    const zod = error.code === 'BAD_REQUEST' ? inputIssues(error.cause) : null;
    const issues = zod ?? domainIssues(error.cause) ?? [];
    if (error.code === 'INTERNAL_SERVER_ERROR') return asDomain(error.cause, instance);
    const status = getHTTPStatusCodeFromError(error);
    const detail = zod ? inputMessage(zod) : error.message;
    const code = isDomainError(error.cause) ? error.cause.code : codeOf(status);
    return problem(status, detail, instance, { code, issues });
  }
  return asDomain(error, instance);
}

function asDomain(error: unknown, instance: string): Problem | null {
  const failure = asDomainFailure(error);
  if (!failure) return null;
  return problem(HTTP_STATUS[failure.code], failure.message, instance, {
    code: failure.code,
    issues: domainIssues(failure) ?? [],
  });
}

export const internalProblem = (instance: string) => problem(500, INTERNAL_ERROR_MESSAGE, instance);
