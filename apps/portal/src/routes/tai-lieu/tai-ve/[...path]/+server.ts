import { error, redirect } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { apiDocumentPath } from '$lib/documents/download-links';
import { SESSION_COOKIE } from '$lib/server/session';
import type { RequestHandler } from './$types';

const DEFAULT_API_URL = 'http://127.0.0.1:3001';
const PASSED_ON = ['content-type', 'content-disposition', 'cache-control'];

/**
 * A document download: forwards to the API's /documents/… with the person's session cookie and
 * streams the file back under its Vietnamese name. A refusal keeps the API's status and message.
 */
export const GET: RequestHandler = async (event) => {
  const path = apiDocumentPath(event.params.path);
  if (path === null) error(404, 'Không có văn bản nào ở địa chỉ này.');
  const baseUrl = (env.API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
  const headers: Record<string, string> = { 'x-forwarded-for': event.getClientAddress() };
  const token = event.cookies.get(SESSION_COOKIE);
  if (token) headers.cookie = `${SESSION_COOKIE}=${encodeURIComponent(token)}`;
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${path}${event.url.search}`, { headers });
  } catch {
    error(503, 'Không kết nối được với máy chủ dịch vụ để tạo văn bản. Vui lòng thử lại sau ít phút.');
  }
  if (response.status === 401) redirect(303, '/dang-nhap');
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    error(response.status, body?.message ?? 'Không tải được văn bản.');
  }
  const out = new Headers();
  for (const name of PASSED_ON) {
    const value = response.headers.get(name);
    if (value) out.set(name, value);
  }
  return new Response(response.body, { status: 200, headers: out });
};
