import { type DomainErrorCode, isDomainError } from '@kiemtra/domain';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/unstable-core-do-not-import';
import { ZodError } from 'zod';

const TRPC_CODE: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  INVALID_INPUT: 'BAD_REQUEST',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  RULE_VIOLATION: 'UNPROCESSABLE_CONTENT',
};

/** Turns a domain failure into the transport's error; everything else is rethrown unchanged. */
export function toTrpcError(error: unknown): unknown {
  if (isDomainError(error))
    return new TRPCError({ code: TRPC_CODE[error.code], message: error.message, cause: error });
  return error;
}

export interface FieldIssue {
  path: string;
  message: string;
}

/** The zod issues behind a bad input, for the portal to show beside each field. */
export function inputIssues(cause: unknown): FieldIssue[] | null {
  if (!(cause instanceof ZodError)) return null;
  return cause.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

export const INTERNAL_ERROR_MESSAGE =
  'Hệ thống gặp lỗi ngoài dự kiến. Vui lòng thử lại; nếu vẫn lỗi, hãy báo quản trị viên.';
