import { randomUUID } from 'node:crypto';
import {
  type COMMUNE_TYPES,
  isoDateStringSchema,
  type ORG_UNIT_KINDS,
  type OrgUnitCreateInput,
} from '@kiemtra/domain';
import { error, fail, redirect } from '@sveltejs/kit';
import { todayInVietnamIso } from '$lib/format';
import { issuesByField } from '$lib/planning/field-issues';
import { createApi } from '$lib/server/api';
import { fromApi, tryApi } from '$lib/server/api-error';
import {
  basisFromForm,
  canManageRegister,
  formValues,
  registerFieldOf,
} from '$lib/unit-register/register-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  if (!canManageRegister(user)) error(403, 'Bạn không có quyền cập nhật danh mục cơ quan, đơn vị.');
  const typed = event.url.searchParams.get('asAt') ?? todayInVietnamIso(new Date());
  const asAt = isoDateStringSchema.safeParse(typed).data ?? todayInVietnamIso(new Date());
  const register = await fromApi(createApi(event).orgUnits.register.query({ asAt }));
  return {
    asAt,
    // A retried submit carries the same request id, so the unit is created once.
    requestId: randomUUID(),
    parents: register.units.map((u) => ({ id: u.id, name: u.name, kindLabel: u.kindLabel })),
  };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const input: OrgUnitCreateInput = {
      requestId: text('requestId'),
      name: text('name'),
      shortName: text('shortName'),
      kind: text('kind') as (typeof ORG_UNIT_KINDS)[number],
      communeType:
        text('kind') === 'commune'
          ? ((text('communeType') || null) as (typeof COMMUNE_TYPES)[number] | null)
          : null,
      adminCode: text('adminCode'),
      electronicId: text('electronicId'),
      parentId: text('parentId') || null,
      effectiveFrom: text('effectiveFrom'),
      basis: basisFromForm(form),
    };
    const saved = await tryApi(createApi(event).orgUnits.create.mutate(input));
    if (saved.ok) redirect(303, `/don-vi/${saved.value.unit.id}?asAt=${saved.value.asAt}&da-tao=1`);
    return fail(saved.status, {
      values: formValues(form),
      errors: issuesByField(saved.issues, registerFieldOf),
      message:
        saved.issues.length > 0
          ? 'Chưa lưu được đơn vị: có chỗ chưa đúng, xem ghi chú bên dưới từng ô.'
          : saved.message,
    });
  },
};
