import type { AppRouter } from '@kiemtra/api';
import { error, redirect } from '@sveltejs/kit';
import { TRPCClientError } from '@trpc/client';

export const API_UNREACHABLE_MESSAGE =
  'Không kết nối được với máy chủ dịch vụ. Vui lòng thử lại sau ít phút; nếu vẫn lỗi, hãy báo quản trị viên.';

/** The HTTP status and Vietnamese message of an API failure; 503 when the API could not be reached. */
export function describeApiError(err: unknown): { status: number; message: string } | null {
  if (!(err instanceof TRPCClientError)) return null;
  const { data } = err as TRPCClientError<AppRouter>;
  if (!data) return { status: 503, message: API_UNREACHABLE_MESSAGE };
  return { status: data.httpStatus, message: err.message };
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
