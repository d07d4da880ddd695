import { changeOwnPasswordInput } from '@kiemtra/domain';
import { fail, redirect } from '@sveltejs/kit';
import { passwordFieldOf } from '$lib/password-change';
import { issuesByField } from '$lib/planning/field-issues';
import { createApi } from '$lib/server/api';
import { tryApi } from '$lib/server/api-error';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
  const { user } = await parent();
  return { mustChange: user.mustChangePassword };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const input = {
      currentPassword: String(form.get('currentPassword') ?? ''),
      newPassword: String(form.get('newPassword') ?? ''),
      newPasswordRepeat: String(form.get('newPasswordRepeat') ?? ''),
    };
    // The same schema as the API, first here: the answer comes at once, beside its field.
    const parsed = changeOwnPasswordInput.safeParse(input);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      return fail(400, { messages: issuesByField(issues, passwordFieldOf) });
    }
    const result = await tryApi(createApi(event).auth.changeOwnPassword.mutate(parsed.data));
    if (!result.ok) {
      const messages = issuesByField(result.issues, passwordFieldOf);
      if (result.issues.length === 0) messages.form = [result.message];
      return fail(result.status, { messages });
    }
    redirect(303, '/?mat-khau=da-doi');
  },
};
