import type { AppRouter } from '@kiemtra/api';
import type { RequestEvent } from '@sveltejs/kit';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import superjson from 'superjson';
import { env } from '$env/dynamic/private';
import { SESSION_COOKIE } from './session.js';

const DEFAULT_API_URL = 'http://127.0.0.1:3001';

export type ApiEvent = Pick<RequestEvent, 'cookies' | 'fetch' | 'getClientAddress' | 'locals'>;

/** The API's address, for the few calls that are plain HTTP (files and documents). */
export const apiBaseUrl = (): string => (env.API_URL || DEFAULT_API_URL).replace(/\/+$/, '');

/**
 * What every call to the API carries: the person's session cookie, their address (the API
 * rate-limits sign-in per address and trusts X-Forwarded-For from the portal) and the request's id.
 */
export function apiRequestHeaders(
  event: Omit<ApiEvent, 'fetch'>,
  options: ApiOptions = {},
): Record<string, string> {
  const headers: Record<string, string> = {
    'x-forwarded-for': event.getClientAddress(),
    // The API is on the same machine or network: compressing its answers only costs both sides CPU.
    'accept-encoding': 'identity',
    'x-request-id': event.locals.requestId,
  };
  const token = event.cookies.get(SESSION_COOKIE);
  if (token) headers.cookie = `${SESSION_COOKIE}=${encodeURIComponent(token)}`;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  return headers;
}

export interface ApiOptions {
  /** The form's key (see idempotency.ts): a create sent twice from one form render is made once. */
  idempotencyKey?: string | null;
}

/** A typed tRPC client for one request; built per request, never shared, so no session can leak between people. */
export function createApi(event: ApiEvent, options: ApiOptions = {}) {
  const baseUrl = apiBaseUrl();
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${baseUrl}/trpc`,
        transformer: superjson,
        fetch: event.fetch,
        headers: () => apiRequestHeaders(event, options),
      }),
    ],
  });
}

export type Api = ReturnType<typeof createApi>;
