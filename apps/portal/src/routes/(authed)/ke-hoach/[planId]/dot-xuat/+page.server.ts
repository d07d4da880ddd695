import { planAsAt } from '@kiemtra/domain';
import { fail, redirect } from '@sveltejs/kit';
import { fieldByPrefix, issuesByField } from '$lib/planning/field-issues';
import { actionUser, planningPlanFor } from '$lib/planning/planning-plan.server';
import { targetableUnits } from '$lib/planning/target-picker';
import { createApi } from '$lib/server/api';
import { fromApi, tryApi } from '$lib/server/api-error';
import { idempotencyKeyOf, newIdempotencyKey } from '$lib/server/idempotency';
import type { Actions, PageServerLoad } from './$types';

const adHocFieldOf = fieldByPrefix({
  orgUnitId: 'orgUnitId',
  subUnitIds: 'subUnits',
  subUnits: 'subUnits',
  targets: 'orgUnitId',
  teamId: 'teamId',
  order: 'decisionNumber',
  'order.decisionNumber': 'decisionNumber',
  'order.decisionDate': 'decisionDate',
  'order.orderedBy': 'orderedBy',
  decision: 'decisionNumber',
  'decision.number': 'decisionNumber',
  'decision.date': 'decisionDate',
  orderedBy: 'orderedBy',
});

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const plan = await planningPlanFor(event, user, 'plan.manage');
  const asAt = planAsAt({ decisionDate: plan.decision.date, windowStart: plan.window.start });
  const tree = await fromApi(createApi(event).orgUnits.tree.query({ asAt }));
  const units = targetableUnits(tree.roots, plan);
  return {
    idempotencyKey: newIdempotencyKey(),
    plan,
    units: units.map(({ id, name, depth }) => ({ id, name, depth })),
    picked: units.find((u) => u.id === event.url.searchParams.get('donVi')) ?? null,
    adHocTargets: plan.targets.filter((t) => t.kind === 'ad_hoc'),
    added: event.url.searchParams.has('da-them'),
  };
};

export const actions: Actions = {
  add: async (event) => {
    const plan = await planningPlanFor(event, actionUser(event.locals), 'plan.manage');
    const form = await event.request.formData();
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const values = {
      orgUnitId: text('orgUnitId'),
      subUnitIds: form.getAll('subUnitIds').map(String),
      teamId: text('teamId'),
      decisionNumber: text('decisionNumber'),
      decisionDate: text('decisionDate'),
      orderedBy: text('orderedBy'),
      reason: text('reason'),
    };
    const saved = await tryApi(
      createApi(event, { idempotencyKey: idempotencyKeyOf(form) }).adHoc.add.mutate({
        planId: plan.id,
        orgUnitId: values.orgUnitId,
        subUnitIds: values.subUnitIds,
        teamId: values.teamId || null,
        order: {
          decisionNumber: values.decisionNumber,
          decisionDate: values.decisionDate || null,
          orderedBy: values.orderedBy || null,
        },
        reason: values.reason || null,
      }),
    );
    if (saved.ok) redirect(303, `/ke-hoach/${plan.id}/dot-xuat?da-them=1`);
    return fail(saved.status, {
      values,
      errors: issuesByField(saved.issues, adHocFieldOf),
      message:
        saved.issues.length > 0
          ? 'Chưa thêm được cuộc kiểm tra đột xuất: có chỗ chưa đúng, xem ghi chú bên dưới từng ô.'
          : saved.message,
    });
  },
};
