import type { AppRouter } from '@kiemtra/api';
import type { SignInInput } from '@kiemtra/domain';
import type { RequestEvent } from '@sveltejs/kit';
import { createTRPCClient, httpLink } from '@trpc/client';
import superjson from 'superjson';
import { apiBaseUrl, apiRequestHeaders } from './api.js';
import { SESSION_COOKIE } from './session.js';

/**
 * Signs in through the API. The session token travels only in the API's Set-Cookie (never in a
 * response body), so the portal reads it there and sets the same cookie on its own origin.
 */
export async function signInThroughApi(
  event: Pick<RequestEvent, 'cookies' | 'getClientAddress' | 'locals'>,
  input: SignInInput,
): Promise<{ token: string; expiresAt: Date }> {
  let setCookies: string[] = [];
  const client = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${apiBaseUrl()}/trpc`,
        transformer: superjson,
        headers: () => apiRequestHeaders(event),
        fetch: async (url, init) => {
          const response = await fetch(url, init);
          setCookies = response.headers.getSetCookie();
          return response;
        },
      }),
    ],
  });
  const result = await client.auth.signIn.mutate(input);
  const pair = setCookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`))?.split(';')[0];
  const token = pair ? decodeURIComponent(pair.slice(SESSION_COOKIE.length + 1)) : '';
  if (token === '') throw new Error('the API signed in without setting the session cookie');
  return { token, expiresAt: result.expiresAt };
}
