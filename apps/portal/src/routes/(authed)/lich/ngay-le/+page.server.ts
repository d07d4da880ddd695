import { can, type LawHolidayRule } from '@kiemtra/domain';
import { fail, redirect } from '@sveltejs/kit';
import { fieldByPrefix, issuesByField } from '$lib/planning/field-issues';
import { actorOf } from '$lib/planning/planning-access';
import { createApi } from '$lib/server/api';
import { fromApi, tryApi } from '$lib/server/api-error';
import type { Actions, PageServerLoad } from './$types';

const FIELD_OF = fieldByPrefix({
  'rule.name': 'name',
  'rule.month': 'month',
  'rule.day': 'day',
  'rule.status': 'status',
  'rule.validFrom': 'validFrom',
  'rule.basis': 'basis',
  day: 'day',
});

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const rules = await fromApi(createApi(event).calendar.lawHolidays.query());
  return {
    rules,
    canEdit: can(actorOf(user), 'calendar.manage', { tenantId: user.tenantId }).allowed,
    saved: event.url.searchParams.get('da-luu'),
  };
};

const numberOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const values = Object.fromEntries(
      ['id', 'expectedVersion', 'name', 'month', 'day', 'status', 'validFrom', 'basis'].map((k) => [
        k,
        text(k),
      ]),
    );
    const rule: LawHolidayRule = {
      name: text('name'),
      month: numberOf(text('month')),
      day: numberOf(text('day')),
      status: text('status') as LawHolidayRule['status'],
      validFrom: text('validFrom'),
      basis: text('basis'),
    };
    const saved = await tryApi(
      createApi(event).calendar.saveLawHoliday.mutate({
        id: text('id') || null,
        expectedVersion: text('expectedVersion') === '' ? null : Number(text('expectedVersion')),
        rule,
      }),
    );
    if (saved.ok) redirect(303, `/lich/ngay-le?da-luu=${encodeURIComponent(rule.name)}`);
    return fail(saved.status, {
      formId: text('id') || 'moi',
      values,
      errors: issuesByField(saved.issues, FIELD_OF),
      message:
        saved.issues.length > 0
          ? 'Chưa lưu được: có chỗ chưa đúng, xem ghi chú bên dưới từng ô.'
          : saved.message,
      conflict: saved.status === 409,
    });
  },
};
