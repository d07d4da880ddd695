import { randomUUID } from 'node:crypto';
import type { Handle } from '@sveltejs/kit';
import { createApi } from '$lib/server/api';
import { describeApiError } from '$lib/server/api-error';
import { securityHeaders } from '$lib/server/security-headers';
import { clearSessionCookie, SESSION_COOKIE } from '$lib/server/session';

/** Resolves the person behind the session cookie once per request, through the API. */
export const handle: Handle = async ({ event, resolve }) => {
  event.locals.user = null;
  event.locals.requestId = randomUUID();
  if (event.cookies.get(SESSION_COOKIE)) {
    try {
      const me = await createApi(event).auth.me.query();
      event.locals.user = me.kind === 'user' ? me : null;
    } catch (err) {
      if (describeApiError(err)?.status === 401) {
        clearSessionCookie(event.cookies, event.url);
      } else {
        // The API is down or failed: keep the cookie (the session may still be valid) and carry
        // on as anonymous; the pages say what went wrong when they call the API themselves.
        console.error('auth.me failed', err);
      }
    }
  }
  // A session cookie present counts too: the page may be the one signing out.
  const signedIn = event.locals.user !== null || event.cookies.get(SESSION_COOKIE) !== undefined;
  const response = await resolve(event);
  for (const [name, value] of Object.entries(
    securityHeaders({ https: event.url.protocol === 'https:', signedIn }),
  )) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return response;
};
