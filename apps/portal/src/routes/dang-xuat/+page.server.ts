import { redirect } from '@sveltejs/kit';
import { createApi } from '$lib/server/api';
import { describeApiError } from '$lib/server/api-error';
import { clearSessionCookie } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

// Signing out is a POST only; a visit by address goes back home.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async (event) => {
    try {
      await createApi(event).auth.signOut.mutate();
    } catch (err) {
      // The cookie is deleted below whatever the API answered; the session row expires on its own.
      if (!describeApiError(err)) throw err;
    }
    clearSessionCookie(event.cookies, event.url);
    redirect(303, '/dang-nhap');
  },
};
