import { dayAfter, isoDateStringSchema } from '@kiemtra/domain';
import { fail, redirect } from '@sveltejs/kit';
import { canManageAccounts } from '$lib/accounts/account-form';
import { todayInVietnamIso } from '$lib/format';
import { issuesByField } from '$lib/planning/field-issues';
import { createApi } from '$lib/server/api';
import { type ApiIssue, fromApi, tryApi } from '$lib/server/api-error';
import {
  basisFromForm,
  canManageRegister,
  formValues,
  registerFieldOf,
} from '$lib/unit-register/register-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const typed = event.url.searchParams.get('asAt') ?? todayInVietnamIso(new Date());
  const parsed = isoDateStringSchema.safeParse(typed);
  const asAt = parsed.data ?? todayInVietnamIso(new Date());
  const api = createApi(event);
  const manage = canManageRegister(user);
  const detail = await fromApi(api.orgUnits.detail.query({ unitId: event.params.unitId, asAt }));
  // A ceased unit's successors are units that exist the day after its last day.
  const successorsFrom = detail.unit.validTo ? dayAfter(detail.unit.validTo) : null;
  const today = todayInVietnamIso(new Date());
  // The accounts still at a ceased unit, and where they may go: its successors as at today.
  const accountsToMove = successorsFrom !== null && canManageAccounts(user);
  const [register, accounts, current] = await Promise.all([
    manage ? fromApi(api.orgUnits.register.query({ asAt: successorsFrom ?? asAt })) : null,
    accountsToMove ? fromApi(api.accounts.list.query({ unitId: detail.unit.id })) : null,
    accountsToMove && asAt !== today
      ? fromApi(api.orgUnits.detail.query({ unitId: detail.unit.id, asAt: today }))
      : detail,
  ]);
  return {
    detail,
    dateError: parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Ngày chưa đúng.'),
    manage,
    parents: (register?.units ?? [])
      .filter((u) => u.id !== detail.unit.id)
      .map((u) => ({ id: u.id, name: u.name, kindLabel: u.kindLabel })),
    successorsFrom,
    accountsAtUnit: accounts === null ? null : { total: accounts.total, successors: current.successors },
    movedCount: event.url.searchParams.get('so-tai-khoan'),
    done: event.url.searchParams.get('da-luu'),
    created: event.url.searchParams.has('da-tao'),
  };
};

type ActionName = 'rename' | 'reparent' | 'close' | 'successors' | 'moveAccounts' | 'codes';

function refused(
  action: ActionName,
  form: FormData,
  result: { status: number; message: string; issues: ApiIssue[] },
) {
  return fail(result.status, {
    action,
    values: formValues(form),
    errors: issuesByField(result.issues, registerFieldOf),
    conflict: result.status === 409,
    message:
      result.issues.length > 0
        ? 'Chưa lưu được: có chỗ chưa đúng, xem ghi chú bên dưới từng ô.'
        : result.message,
  });
}

const common = (form: FormData, unitId: string) => ({
  unitId,
  expectedVersion: Number(form.get('expectedVersion') ?? 0),
  effectiveFrom: String(form.get('effectiveFrom') ?? '').trim(),
  basis: basisFromForm(form),
});

async function run(event: Parameters<Actions[string]>[0], action: ActionName) {
  const form = await event.request.formData();
  const api = createApi(event).orgUnits;
  const unitId = event.params.unitId ?? '';
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const successorIds = form
    .getAll('successorIds')
    .map(String)
    .filter((id) => id !== '');
  const call =
    action === 'rename'
      ? api.rename.mutate({ ...common(form, unitId), name: text('name'), shortName: text('shortName') })
      : action === 'reparent'
        ? api.reparent.mutate({ ...common(form, unitId), parentId: text('parentId') })
        : action === 'close'
          ? api.close.mutate({ ...common(form, unitId), successorIds })
          : action === 'successors'
            ? api.nameSuccessors.mutate({
                unitId,
                expectedVersion: Number(form.get('expectedVersion') ?? 0),
                basis: basisFromForm(form),
                successorIds,
              })
            : api.setCodes.mutate({
                unitId,
                expectedVersion: Number(form.get('expectedVersion') ?? 0),
                adminCode: text('adminCode'),
                electronicId: text('electronicId'),
              });
  const saved = await tryApi(call);
  if (saved.ok) redirect(303, `/don-vi/${unitId}?asAt=${saved.value.asAt}&da-luu=${action}`);
  return refused(action, form, saved);
}

async function moveAccounts(event: Parameters<Actions[string]>[0]) {
  const form = await event.request.formData();
  const unitId = event.params.unitId ?? '';
  const saved = await tryApi(
    createApi(event).accounts.moveToSuccessor.mutate({
      fromUnitId: unitId,
      toUnitId: String(form.get('toUnitId') ?? ''),
    }),
  );
  if (saved.ok) redirect(303, `/don-vi/${unitId}?da-luu=moveAccounts&so-tai-khoan=${saved.value.moved}`);
  return refused('moveAccounts', form, saved);
}

export const actions: Actions = {
  rename: (event) => run(event, 'rename'),
  reparent: (event) => run(event, 'reparent'),
  close: (event) => run(event, 'close'),
  successors: (event) => run(event, 'successors'),
  moveAccounts,
  codes: (event) => run(event, 'codes'),
};
