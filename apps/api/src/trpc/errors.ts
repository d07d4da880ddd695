import { DomainError, type DomainErrorCode, isDomainError } from '@kiemtra/domain';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/unstable-core-do-not-import';
import { ZodError } from 'zod';
import { isDatabaseUnavailable } from './database-unavailable.js';

const TRPC_CODE: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  INVALID_INPUT: 'BAD_REQUEST',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  RULE_VIOLATION: 'UNPROCESSABLE_CONTENT',
  PASSWORD_CHANGE_REQUIRED: 'FORBIDDEN',
  UNAVAILABLE: 'SERVICE_UNAVAILABLE',
};

/** The same codes for the plain HTTP routes (files, documents). */
export const HTTP_STATUS: Record<DomainErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  RULE_VIOLATION: 422,
  PASSWORD_CHANGE_REQUIRED: 403,
  UNAVAILABLE: 503,
};

export const DATABASE_UNAVAILABLE_MESSAGE =
  'Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút; nếu vẫn lỗi, hãy báo quản trị viên.';

/**
 * The one place that decides what a failure means to a person: a domain failure as it is, a
 * unique violation as a conflict, a lost or refused database as "unavailable"; null for a bug.
 */
export function asDomainFailure(error: unknown): DomainError | null {
  if (isDomainError(error)) return error;
  // Two saves racing past the checks: the database's unique constraint is the last word.
  if (isUniqueViolation(error)) {
    return new DomainError(
      'CONFLICT',
      'Dữ liệu trùng với dữ liệu đã có (ví dụ một đơn vị đã là đối tượng cùng loại trong kế hoạch); không có thay đổi nào được lưu.',
    );
  }
  if (isDatabaseUnavailable(error)) return new DomainError('UNAVAILABLE', DATABASE_UNAVAILABLE_MESSAGE);
  return null;
}

/** Turns a domain failure into the transport's error; everything else is rethrown unchanged. */
export function toTrpcError(error: unknown): unknown {
  const failure = asDomainFailure(error);
  if (!failure) return error;
  return new TRPCError({ code: TRPC_CODE[failure.code], message: failure.message, cause: failure });
}

/**
 * One thing to fix, for the portal to show beside its field: a zod issue (code null) or a domain
 * rule's issue (its code, e.g. 'sub_units_out_of_bounds').
 */
export interface FieldIssue {
  path: string;
  message: string;
  code: string | null;
  field: string | null;
}

/** The zod issues behind a bad input, for the portal to show beside each field. */
export function inputIssues(cause: unknown): FieldIssue[] | null {
  if (!(cause instanceof ZodError)) return null;
  return cause.issues.map((i) => {
    const path = i.path.map(String).join('.');
    return { path, message: i.message, code: null, field: path === '' ? null : path };
  });
}

/**
 * The message of a refused input, as a person reads it: each issue's sentence once, ended and
 * spaced, without the field paths (the portal shows each beside its field from `issues`).
 * @example inputMessage([{ path: 'username', message: 'Hãy nhập tên đăng nhập.', … }])
 * // 'Dữ liệu nhập chưa đúng. Hãy nhập tên đăng nhập.'
 */
export function inputMessage(issues: readonly { message: string }[]): string {
  const sentences = [...new Set(issues.map((i) => i.message.trim()))].map((m) =>
    /[.!?…]$/.test(m) ? m : `${m}.`,
  );
  return ['Dữ liệu nhập chưa đúng.', ...sentences].join(' ');
}

/** The planning rule issues a DomainError carries in `details.issues`, if any. */
export function domainIssues(cause: unknown): FieldIssue[] | null {
  if (!isDomainError(cause)) return null;
  const raw = cause.details?.issues;
  if (!Array.isArray(raw)) return null;
  return raw.flatMap((i: unknown) => {
    if (typeof i !== 'object' || i === null) return [];
    const { code, message, field } = i as { code?: unknown; message?: unknown; field?: unknown };
    if (typeof message !== 'string') return [];
    const f = typeof field === 'string' ? field : null;
    return [{ path: f ?? '', message, code: typeof code === 'string' ? code : null, field: f }];
  });
}

/**
 * Turns a refused planning rule into the DomainError the API answers with: the issues' messages
 * joined as the message, the issues themselves in `details.issues` (see the error formatter).
 */
export function refusal(
  issues: readonly { code: string; message: string; field?: string }[],
  code: 'RULE_VIOLATION' | 'INVALID_INPUT' = 'RULE_VIOLATION',
): DomainError {
  return new DomainError(code, issues.map((i) => i.message).join(' '), { issues: [...issues] });
}

/** Throws the refusal when a planning rule said no. */
type Issues = readonly { code: string; message: string; field?: string }[];
export function assertAccepted<R extends { ok: true } | { ok: false; issues: Issues }>(
  result: R,
  code: 'RULE_VIOLATION' | 'INVALID_INPUT' = 'RULE_VIOLATION',
): asserts result is Extract<R, { ok: true }> {
  if (!result.ok) throw refusal((result as { issues: Issues }).issues, code);
}

/** The optimistic-lock refusal: someone saved the same thing first. */
export function conflict(what: string): DomainError {
  return new DomainError(
    'CONFLICT',
    `${what} vừa được người khác thay đổi; hãy tải lại để xem bản mới nhất rồi sửa lại. Thay đổi của bạn chưa được lưu.`,
  );
}

/** PostgreSQL's unique_violation (23505), from pg or PGlite. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

export const INTERNAL_ERROR_MESSAGE =
  'Hệ thống gặp lỗi ngoài dự kiến. Vui lòng thử lại; nếu vẫn lỗi, hãy báo quản trị viên.';

export interface ConflictCurrent {
  itemCode: string;
  narrative: string;
  figures: Record<string, number | null>;
  version: number;
  updatedByName: string | null;
  updatedAt: string | null;
}

/** The other person's saved version a CONFLICT carries in `details.current` (a report item), if any. */
export function conflictCurrent(cause: unknown): ConflictCurrent | null {
  if (!isDomainError(cause)) return null;
  const current = cause.details?.current;
  if (typeof current !== 'object' || current === null) return null;
  const c = current as Record<string, unknown>;
  if (typeof c.narrative !== 'string' || typeof c.version !== 'number') return null;
  return {
    itemCode: typeof c.itemCode === 'string' ? c.itemCode : '',
    narrative: c.narrative,
    figures: (typeof c.figures === 'object' && c.figures !== null ? c.figures : {}) as Record<
      string,
      number | null
    >,
    version: c.version,
    updatedByName: typeof c.updatedByName === 'string' ? c.updatedByName : null,
    updatedAt: typeof c.updatedAt === 'string' ? c.updatedAt : null,
  };
}
