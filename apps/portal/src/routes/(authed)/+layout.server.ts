import { error, redirect } from '@sveltejs/kit';
import { CHANGE_PASSWORD_PATH } from '$lib/password-change';
import { API_UNREACHABLE_MESSAGE } from '$lib/server/api-error';
import { SESSION_COOKIE } from '$lib/server/session';
import { signInHref } from '$lib/sign-in-return';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, cookies, url }) => {
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
  return { user: locals.user };
};
