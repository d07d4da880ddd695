import type { AppRouter } from '@kiemtra/api';
import { error, redirect } from '@sveltejs/kit';
import { TRPCClientError } from '@trpc/client';

export const API_UNREACHABLE_MESSAGE =
  'Không kết nối được với máy chủ dịch vụ. Vui lòng thử lại sau ít phút; nếu vẫn lỗi, hãy báo quản trị viên.';

/** One thing to fix, as the API's error formatter sends it (zod path such as 'schedule.daysOff.2.date'). */
export interface ApiIssue {
  path: string;
  message: string;
}

/**
 * The HTTP status and Vietnamese message of an API failure, with the issues to show beside each
 * field (a 400's zod issues, a refused rule's issues; empty otherwise); 503 when the API could not
 * be reached.
 */
export function describeApiError(
  err: unknown,
): { status: number; message: string; issues: ApiIssue[] } | null {
  if (!(err instanceof TRPCClientError)) return null;
  const { data } = err as TRPCClientError<AppRouter>;
  if (!data) return { status: 503, message: API_UNREACHABLE_MESSAGE, issues: [] };
  const issues = (data.issues ?? []).map((i) => ({ path: i.path, message: i.message }));
  return { status: data.httpStatus, message: err.message, issues };
}

/**
 * Awaits an API call in a load function; a refusal becomes SvelteKit's error page with the API's
 * Vietnamese message (403, 404, 400 …), and an expired session sends the person to sign in.
 */
export async function fromApi<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (err) {
    const described = describeApiError(err);
    if (!described) throw err;
    if (described.status === 401) redirect(303, '/dang-nhap');
    error(described.status, described.message);
  }
}

/**
 * Awaits an API call whose refusal belongs beside a form (a small tool's bad input, a rule the API
 * refused) rather than on an error page; an expired session still sends the person to sign in.
 */
export async function tryApi<T>(
  call: Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; status: number; message: string; issues: ApiIssue[] }> {
  try {
    return { ok: true, value: await call };
  } catch (err) {
    const described = describeApiError(err);
    if (!described) throw err;
    if (described.status === 401) redirect(303, '/dang-nhap');
    return { ok: false, ...described };
  }
}
