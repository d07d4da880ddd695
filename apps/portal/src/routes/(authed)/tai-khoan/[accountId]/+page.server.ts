import { fail, redirect } from '@sveltejs/kit';
import { accountFieldOf, accountFieldsFromForm, accountFormValues } from '$lib/accounts/account-form';
import { issuesByField } from '$lib/planning/field-issues';
import { accountManager, currentUnits } from '$lib/server/account-pages';
import { createApi } from '$lib/server/api';
import { fromApi, tryApi } from '$lib/server/api-error';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = await accountManager(event);
  const api = createApi(event);
  const [account, units] = await Promise.all([
    fromApi(api.accounts.get.query({ accountId: event.params.accountId })),
    currentUnits(api),
  ]);
  // A unit that has ceased stays choosable for the account that already has it.
  for (const kept of [account.orgUnit, account.actingUnit]) {
    if (kept && !units.some((u) => u.id === kept.id))
      units.unshift({ id: kept.id, name: `${kept.name} (đã ngừng hoạt động)` });
  }
  return { account, units, isSelf: account.id === user.id, done: event.url.searchParams.get('da-luu') };
};

const versionOf = (form: FormData) => Number(form.get('expectedVersion') ?? 0);

async function refusedOr<T>(action: string, form: FormData, call: Promise<T>) {
  const result = await tryApi(call);
  if (result.ok) return { ok: true as const, value: result.value };
  return {
    ok: false as const,
    failure: fail(result.status, {
      action,
      values: accountFormValues(form),
      errors: issuesByField(result.issues, accountFieldOf),
      conflict: result.status === 409,
      message: result.message,
    }),
  };
}

const accountIdOf = (event: RequestEvent) => event.params.accountId;

export const actions: Actions = {
  update: async (event) => {
    const form = await event.request.formData();
    const accountId = accountIdOf(event);
    const r = await refusedOr(
      'update',
      form,
      createApi(event).accounts.update.mutate({
        accountId,
        expectedVersion: versionOf(form),
        ...accountFieldsFromForm(form),
      }),
    );
    if (!r.ok) return r.failure;
    redirect(303, `/tai-khoan/${accountId}?da-luu=sua`);
  },
  deactivate: async (event) => {
    const form = await event.request.formData();
    const accountId = accountIdOf(event);
    const reason = String(form.get('reason') ?? '').trim();
    const r = await refusedOr(
      'deactivate',
      form,
      createApi(event).accounts.deactivate.mutate({ accountId, expectedVersion: versionOf(form), reason }),
    );
    if (!r.ok) return r.failure;
    redirect(303, `/tai-khoan/${accountId}?da-luu=khoa`);
  },
  reactivate: async (event) => {
    const form = await event.request.formData();
    const accountId = accountIdOf(event);
    const r = await refusedOr(
      'reactivate',
      form,
      createApi(event).accounts.reactivate.mutate({ accountId, expectedVersion: versionOf(form) }),
    );
    if (!r.ok) return r.failure;
    redirect(303, `/tai-khoan/${accountId}?da-luu=mo-lai`);
  },
  // The new temporary password is answered to this request only.
  reset: async (event) => {
    const form = await event.request.formData();
    const accountId = accountIdOf(event);
    const r = await refusedOr(
      'reset',
      form,
      createApi(event).accounts.resetPassword.mutate({ accountId, expectedVersion: versionOf(form) }),
    );
    if (!r.ok) return r.failure;
    return { action: 'reset' as const, temporaryPassword: r.value.temporaryPassword };
  },
};
