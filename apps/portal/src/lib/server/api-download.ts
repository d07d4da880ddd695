import { error, type RequestEvent, redirect } from '@sveltejs/kit';
import { apiBaseUrl, apiRequestHeaders } from './api';
import { API_UNREACHABLE_MESSAGE } from './api-error';

const PASSED_ON = [
  'content-type',
  'content-disposition',
  'content-length',
  'x-content-type-options',
  'cache-control',
];

/**
 * A file from the API's plain-HTTP routes (documents, evidence files), fetched for the person signed
 * in and streamed back under its own name and type. The API decides who may read it: a refusal keeps
 * its status and Vietnamese message; an expired session goes back to the sign-in page.
 */
export async function passThroughFromApi(
  event: Pick<RequestEvent, 'cookies' | 'fetch' | 'getClientAddress' | 'locals'>,
  apiPath: string,
): Promise<Response> {
  let response: Response;
  try {
    response = await event.fetch(`${apiBaseUrl()}${apiPath}`, { headers: apiRequestHeaders(event) });
  } catch {
    error(503, API_UNREACHABLE_MESSAGE);
  }
  if (response.status === 401) redirect(303, '/dang-nhap');
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    error(response.status, body?.message ?? API_UNREACHABLE_MESSAGE);
  }
  const headers = new Headers();
  for (const name of PASSED_ON) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(response.body, { status: 200, headers });
}
