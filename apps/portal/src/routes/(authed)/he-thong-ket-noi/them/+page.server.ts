import { fail, redirect } from '@sveltejs/kit';
import { apiClientFieldOf, systemFormValues, systemFromForm } from '$lib/api-clients/api-client-form';
import { ownerUnitChoices } from '$lib/api-clients/owner-units.server';
import { issuesByField } from '$lib/planning/field-issues';
import { createApi } from '$lib/server/api';
import { tryApi } from '$lib/server/api-error';
import { idempotencyKeyOf, newIdempotencyKey } from '$lib/server/idempotency';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  units: await ownerUnitChoices(createApi(event)),
  // A double click or a retried submit registers the system once (issue 18).
  idempotencyKey: newIdempotencyKey(),
});

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const saved = await tryApi(
      createApi(event, { idempotencyKey: idempotencyKeyOf(form) }).apiClients.register.mutate(
        systemFromForm(form),
      ),
    );
    if (saved.ok) redirect(303, `/he-thong-ket-noi/${saved.value.id}?da-dang-ky=1`);
    return fail(saved.status, {
      values: systemFormValues(form),
      errors: issuesByField(saved.issues, apiClientFieldOf),
      message:
        saved.issues.length > 0
          ? 'Chưa đăng ký được hệ thống: có chỗ chưa đúng, xem ghi chú bên dưới từng ô.'
          : saved.message,
    });
  },
};
