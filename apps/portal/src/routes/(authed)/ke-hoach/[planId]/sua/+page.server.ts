import { planAsAt } from '@kiemtra/domain';
import { fail, redirect } from '@sveltejs/kit';
import { issuesByField } from '$lib/planning/field-issues';
import { planFieldOf, planFormValuesOf, planInputOf, readPlanForm } from '$lib/planning/plan-form';
import { actionUser, planningPlanFor } from '$lib/planning/planning-plan.server';
import { memberAgencyCandidates } from '$lib/planning/target-picker';
import { templateChoices } from '$lib/planning/template-choices.server';
import { createApi } from '$lib/server/api';
import { fromApi, tryApi } from '$lib/server/api-error';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const plan = await planningPlanFor(event, user, 'plan.manage');
  const asAt = planAsAt({ decisionDate: plan.decision.date, windowStart: plan.window.start });
  const [tree, templates, copyMapping] = await Promise.all([
    fromApi(createApi(event).orgUnits.tree.query({ asAt })),
    templateChoices(event, user),
    plan.status === 'draft' ? fromApi(createApi(event).plans.copyMapping.query({ planId: plan.id })) : null,
  ]);
  // Member agencies of the plan that are no longer in the tree stay listed, so saving keeps them.
  const candidates = memberAgencyCandidates(tree.roots, plan);
  const missing = plan.memberAgencies
    .filter((a) => !candidates.some((c) => c.id === a.orgUnitId))
    .map((a) => ({ id: a.orgUnitId, name: a.name, kindLabel: 'Cơ quan tham gia' }));
  return {
    plan,
    values: planFormValuesOf(plan),
    agencies: [...candidates, ...missing],
    templates,
    copyMapping: copyMapping?.sourceYear ? copyMapping : null,
    created: event.url.searchParams.has('da-tao'),
    copied: event.url.searchParams.has('da-sao-chep'),
    saved: event.url.searchParams.has('da-luu'),
    published: event.url.searchParams.has('da-ban-hanh'),
  };
};

export const actions: Actions = {
  save: async (event) => {
    const plan = await planningPlanFor(event, actionUser(event.locals), 'plan.manage');
    const form = await event.request.formData();
    const values = readPlanForm(form);
    const saved = await tryApi(
      createApi(event).plans.update.mutate({
        ...planInputOf(values, plan.deadlineRules),
        planId: plan.id,
        expectedVersion: Number(form.get('expectedVersion')),
        reason: values.reason === '' ? null : values.reason,
      }),
    );
    if (saved.ok) redirect(303, `/ke-hoach/${plan.id}/sua?da-luu=1`);
    return fail(saved.status, {
      action: 'save' as const,
      values,
      errors: issuesByField(saved.issues, planFieldOf),
      conflict: saved.status === 409,
      message:
        saved.issues.length > 0
          ? 'Kế hoạch chưa được lưu: có chỗ chưa đúng, xem ghi chú bên dưới từng ô.'
          : saved.message,
    });
  },

  publish: async (event) => {
    const plan = await planningPlanFor(event, actionUser(event.locals), 'plan.manage');
    const form = await event.request.formData();
    const published = await tryApi(
      createApi(event).plans.publish.mutate({
        planId: plan.id,
        expectedVersion: Number(form.get('expectedVersion')),
      }),
    );
    if (published.ok) redirect(303, `/ke-hoach/${plan.id}/sua?da-ban-hanh=1`);
    return fail(published.status, {
      action: 'publish' as const,
      message: published.message,
      reasons: published.issues.map((i) => i.message),
      conflict: published.status === 409,
    });
  },

  discard: async (event) => {
    const plan = await planningPlanFor(event, actionUser(event.locals), 'plan.manage');
    const form = await event.request.formData();
    const discarded = await tryApi(
      createApi(event).plans.discard.mutate({
        planId: plan.id,
        expectedVersion: Number(form.get('expectedVersion')),
      }),
    );
    if (discarded.ok) redirect(303, '/ke-hoach?da-huy=1');
    return fail(discarded.status, {
      action: 'discard' as const,
      message: discarded.message,
      reasons: discarded.issues.map((i) => i.message),
      conflict: discarded.status === 409,
    });
  },
};
