import { error, fail } from '@sveltejs/kit';
import { canManageAccounts } from '$lib/accounts/account-form';
import { createApi } from '$lib/server/api';
import { tryApi } from '$lib/server/api-error';
import { uploadedWorkbook } from '$lib/server/workbook-upload';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  if (!canManageAccounts(user)) error(403, 'Bạn không có quyền quản lý tài khoản người dùng.');
  return {};
};

export const actions: Actions = {
  preview: async (event) => {
    const file = await uploadedWorkbook(await event.request.formData());
    if (!file) {
      return fail(400, {
        action: 'preview' as const,
        message: 'Hãy chọn tệp Excel (.xlsx) danh sách tài khoản.',
        preview: null,
        fileBase64: '',
        fileName: '',
      });
    }
    const preview = await tryApi(
      createApi(event).accounts.import.preview.mutate({ fileBase64: file.fileBase64 }),
    );
    if (!preview.ok) {
      return fail(preview.status, {
        action: 'preview' as const,
        message: preview.message,
        preview: null,
        fileBase64: '',
        fileName: file.fileName,
      });
    }
    return { action: 'preview' as const, message: null, preview: preview.value, ...file };
  },

  // The temporary passwords are answered to this request only: on screen and as a workbook.
  commit: async (event) => {
    const form = await event.request.formData();
    const fileBase64 = String(form.get('fileBase64') ?? '');
    const saved = await tryApi(createApi(event).accounts.import.commit.mutate({ fileBase64 }));
    if (saved.ok)
      return { action: 'commit' as const, created: saved.value.accounts, workbook: saved.value.workbook };
    return fail(saved.status, {
      action: 'commit' as const,
      message: saved.message,
      reasons: saved.issues.map((i) => i.message),
    });
  },
};
