import { fail } from '@sveltejs/kit';
import { apiClientFieldOf, systemFormValues, systemFromForm } from '$lib/api-clients/api-client-form';
import { ownerUnitChoices } from '$lib/api-clients/owner-units.server';
import { issuesByField } from '$lib/planning/field-issues';
import { createApi } from '$lib/server/api';
import { fromApi, tryApi } from '$lib/server/api-error';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const system = await fromApi(api.apiClients.get.query({ clientId: event.params.clientId }));
  const units = await ownerUnitChoices(api, { id: system.ownerUnitId, name: system.ownerUnitName });
  const { calls } = await fromApi(api.apiClients.calls.query({ clientId: event.params.clientId }));
  return { system, units, calls, registered: event.url.searchParams.has('da-dang-ky') };
};

type Failed = { ok: false; status: number; message: string; issues: { path: string; message: string }[] };

/** A refused act, its messages beside the fields of the form that asked (`form`). */
const refused = (form: string, saved: Failed, values?: unknown) =>
  fail(saved.status, {
    form,
    values,
    errors: issuesByField(saved.issues, apiClientFieldOf),
    message: saved.message,
  });

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

export const actions: Actions = {
  update: async (event) => {
    const form = await event.request.formData();
    const saved = await tryApi(
      createApi(event).apiClients.update.mutate({
        clientId: event.params.clientId,
        expectedVersion: Number(text(form, 'expectedVersion')),
        ...systemFromForm(form),
      }),
    );
    if (!saved.ok) return refused('update', saved, systemFormValues(form));
    return { form: 'update', done: 'Đã lưu thông tin và quyền truy cập của hệ thống.' };
  },

  issue: async (event) => {
    const form = await event.request.formData();
    const saved = await tryApi(
      createApi(event).apiClients.issueToken.mutate({
        clientId: event.params.clientId,
        expiresOn: text(form, 'expiresOn'),
      }),
    );
    if (!saved.ok) return refused('issue', saved, { expiresOn: text(form, 'expiresOn') });
    return { form: 'issue', issuedToken: saved.value.token, done: 'Đã cấp mã truy cập mới.' };
  },

  rotate: async (event) => {
    const form = await event.request.formData();
    const tokenId = text(form, 'tokenId');
    const saved = await tryApi(
      createApi(event).apiClients.rotateToken.mutate({
        tokenId,
        // Blank or not a number: the schema's message, never a silent 0.
        graceHours: text(form, 'graceHours') === '' ? Number.NaN : Number(text(form, 'graceHours')),
        expiresOn: text(form, 'expiresOn'),
      }),
    );
    if (!saved.ok) return refused(`rotate-${tokenId}`, saved, { graceHours: text(form, 'graceHours') });
    return {
      form: 'rotate',
      issuedToken: saved.value.token,
      done: 'Đã thay mã truy cập. Mã cũ còn dùng được đến hết thời gian chuyển tiếp.',
    };
  },

  revoke: async (event) => {
    const form = await event.request.formData();
    const tokenId = text(form, 'tokenId');
    const saved = await tryApi(createApi(event).apiClients.revokeToken.mutate({ tokenId }));
    if (!saved.ok) return refused(`revoke-${tokenId}`, saved);
    return {
      form: 'revoke',
      done: 'Đã thu hồi mã truy cập: hệ thống dùng mã này bị từ chối ngay từ bây giờ.',
    };
  },
};
