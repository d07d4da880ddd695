import { error, redirect } from '@sveltejs/kit';
import { API_UNREACHABLE_MESSAGE } from '$lib/server/api-error';
import { SESSION_COOKIE } from '$lib/server/session';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, cookies }) => {
  if (!locals.user) {
    // hooks.server.ts deletes a cookie the API refused, so a cookie still here means the API could
    // not be asked: say so rather than send a signed-in person back to the sign-in form.
    if (cookies.get(SESSION_COOKIE)) error(503, API_UNREACHABLE_MESSAGE);
    redirect(303, '/dang-nhap');
  }
  return { user: locals.user };
};
