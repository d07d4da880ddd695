import { error, fail, redirect } from '@sveltejs/kit';
import { createApi } from '$lib/server/api';
import { tryApi } from '$lib/server/api-error';
import { idempotencyKeyOf, newIdempotencyKey } from '$lib/server/idempotency';
import { uploadedWorkbook } from '$lib/server/workbook-upload';
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
  preview: async (event) => {
    const file = await uploadedWorkbook(await event.request.formData());
    if (!file) {
      return fail(400, {
        action: 'preview' as const,
        message: 'Hãy chọn tệp Excel (.xlsx) danh mục cơ quan, đơn vị.',
        preview: null,
        fileBase64: '',
        fileName: '',
      });
    }
    const { fileBase64, fileName } = file;
    const preview = await tryApi(createApi(event).orgUnits.import.preview.mutate({ fileBase64 }));
    if (!preview.ok) {
      return fail(preview.status, {
        action: 'preview' as const,
        message: preview.message,
        preview: null,
        fileBase64: '',
        fileName,
      });
    }
    return {
      action: 'preview' as const,
      message: null,
      preview: preview.value,
      fileBase64,
      fileName,
    };
  },

  commit: async (event) => {
    const form = await event.request.formData();
    const fileBase64 = String(form.get('fileBase64') ?? '');
    const saved = await tryApi(
      createApi(event, { idempotencyKey: idempotencyKeyOf(form) }).orgUnits.import.commit.mutate({
        fileBase64,
      }),
    );
    if (saved.ok) redirect(303, `/don-vi/nhap?da-nhap=${saved.value.saved}`);
    return fail(saved.status, {
      action: 'commit' as const,
      message: saved.message,
      reasons: saved.issues.map((i) => i.message),
    });
  },
};
