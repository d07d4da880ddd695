import { accountManager } from '$lib/server/account-pages';
import { createApi } from '$lib/server/api';
import { tryApi } from '$lib/server/api-error';
import { commitRefused, previewAction } from '$lib/server/workbook-upload';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await accountManager(event);
  return {};
};

export const actions: Actions = {
  preview: (event) =>
    previewAction(event.request, 'Hãy chọn tệp Excel (.xlsx) danh sách tài khoản.', (fileBase64) =>
      createApi(event).accounts.import.preview.mutate({ fileBase64 }),
    ),

  // The temporary passwords are answered to this request only: on screen and as a workbook.
  commit: async (event) => {
    const form = await event.request.formData();
    const fileBase64 = String(form.get('fileBase64') ?? '');
    const saved = await tryApi(createApi(event).accounts.import.commit.mutate({ fileBase64 }));
    if (saved.ok)
      return { action: 'commit' as const, created: saved.value.accounts, workbook: saved.value.workbook };
    return commitRefused(saved);
  },
};
