import { fail } from '@sveltejs/kit';
import { accountFieldOf, accountFieldsFromForm, accountFormValues } from '$lib/accounts/account-form';
import { issuesByField } from '$lib/planning/field-issues';
import { accountManager, currentUnits } from '$lib/server/account-pages';
import { createApi } from '$lib/server/api';
import { tryApi } from '$lib/server/api-error';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await accountManager(event);
  return { units: await currentUnits(createApi(event)) };
};

export const actions: Actions = {
  // The temporary password is answered to this request only, never put in an address or stored.
  default: async (event) => {
    const form = await event.request.formData();
    const created = await tryApi(
      createApi(event).accounts.create.mutate({
        username: String(form.get('username') ?? '').trim(),
        ...accountFieldsFromForm(form),
      }),
    );
    if (created.ok) {
      const { account, temporaryPassword } = created.value;
      return {
        created: {
          id: account.id,
          username: account.username,
          fullName: account.fullName,
          temporaryPassword,
        },
      };
    }
    return fail(created.status, {
      values: accountFormValues(form),
      errors: issuesByField(created.issues, accountFieldOf),
      message:
        created.issues.length > 0
          ? 'Chưa tạo được tài khoản: có chỗ chưa đúng, xem ghi chú bên dưới từng ô.'
          : created.message,
    });
  },
};
