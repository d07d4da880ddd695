import { error, redirect } from '@sveltejs/kit';
import { CHANGE_PASSWORD_PATH } from '$lib/password-change';
import { createApi } from '$lib/server/api';
import { API_UNREACHABLE_MESSAGE } from '$lib/server/api-error';
import { SESSION_COOKIE } from '$lib/server/session';
import { signInHref } from '$lib/sign-in-return';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
  const { locals, cookies, url } = event;
  if (!locals.user) {
    // hooks.server.ts deletes a cookie the API refused, so a cookie still here means the API could
    // not be asked: say so rather than send a signed-in person back to the sign-in form.
    if (cookies.get(SESSION_COOKIE)) error(503, API_UNREACHABLE_MESSAGE);
    // The page asked for is remembered: after signing in, the person lands on it.
    redirect(303, signInHref(url));
  }
  // A temporary password is changed before anything else (the API refuses the rest meanwhile).
  if (locals.user.mustChangePassword && url.pathname !== CHANGE_PASSWORD_PATH)
    redirect(303, CHANGE_PASSWORD_PATH);
  // The bell's number, asked again on every page; a person changing a temporary password has none yet.
  const unread = locals.user.mustChangePassword ? null : await unreadCount(event);
  return { user: locals.user, unread };
};

/** The bell's count; the page shows without it if the API does not answer it. */
async function unreadCount(event: Parameters<LayoutServerLoad>[0]): Promise<number | null> {
  try {
    return (await createApi(event).notifications.unreadCount.query()).count;
  } catch {
    return null;
  }
}
