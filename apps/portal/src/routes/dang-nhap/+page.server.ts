import { signInInput } from '@kiemtra/domain';
import { fail, redirect } from '@sveltejs/kit';
import { API_UNREACHABLE_MESSAGE, describeApiError } from '$lib/server/api-error';
import { setSessionCookie } from '$lib/server/session';
import { signInThroughApi } from '$lib/server/sign-in';
import { RETURN_PARAM, returnPath } from '$lib/sign-in-return';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.user) redirect(303, returnPath(url.searchParams.get(RETURN_PARAM)));
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const username = String(form.get('username') ?? '');
    const parsed = signInInput.safeParse({ username, password: String(form.get('password') ?? '') });
    if (!parsed.success) {
      const message = parsed.error.issues.map((i) => i.message).join(' ');
      return fail(400, { message, username });
    }

    let result: Awaited<ReturnType<typeof signInThroughApi>>;
    try {
      result = await signInThroughApi(event, parsed.data);
    } catch (err) {
      const described = describeApiError(err);
      if (!described) throw err;
      const status = described.status === 401 || described.status === 429 ? described.status : 400;
      const message = described.status === 503 ? API_UNREACHABLE_MESSAGE : described.message;
      return fail(described.status === 503 ? 503 : status, { message, username });
    }

    setSessionCookie(event.cookies, event.url, result.token, result.expiresAt);
    redirect(303, returnPath(event.url.searchParams.get(RETURN_PARAM)));
  },
};
