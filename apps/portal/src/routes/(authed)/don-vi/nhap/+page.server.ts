import { error, redirect } from '@sveltejs/kit';
import { createApi } from '$lib/server/api';
import { tryApi } from '$lib/server/api-error';
import { idempotencyKeyOf, newIdempotencyKey } from '$lib/server/idempotency';
import { commitRefused, previewAction } from '$lib/server/workbook-upload';
import { canManageRegister } from '$lib/unit-register/register-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  if (!canManageRegister(user)) error(403, 'Bạn không có quyền cập nhật danh mục cơ quan, đơn vị.');
  return {
    idempotencyKey: newIdempotencyKey(),
    saved: Number(event.url.searchParams.get('da-nhap') ?? '') || null,
  };
};

export const actions: Actions = {
  preview: (event) =>
    previewAction(event.request, 'Hãy chọn tệp Excel (.xlsx) danh mục cơ quan, đơn vị.', (fileBase64) =>
      createApi(event).orgUnits.import.preview.mutate({ fileBase64 }),
    ),

  commit: async (event) => {
    const form = await event.request.formData();
    const fileBase64 = String(form.get('fileBase64') ?? '');
    const saved = await tryApi(
      createApi(event, { idempotencyKey: idempotencyKeyOf(form) }).orgUnits.import.commit.mutate({
        fileBase64,
      }),
    );
    if (saved.ok) redirect(303, `/don-vi/nhap?da-nhap=${saved.value.saved}`);
    return commitRefused(saved);
  },
};
