import { DEFAULT_DEADLINE_RULES_2024 } from '@kiemtra/domain';
import { error, fail, redirect } from '@sveltejs/kit';
import { todayInVietnamIso } from '$lib/format';
import { issuesByField } from '$lib/planning/field-issues';
import { newPlanFormValues, planFieldOf, planInputOf, readPlanForm } from '$lib/planning/plan-form';
import { canCreatePlan, canOnPlan } from '$lib/planning/planning-access';
import { templateChoices } from '$lib/planning/template-choices.server';
import { createApi } from '$lib/server/api';
import { fromApi, tryApi } from '$lib/server/api-error';
import { idempotencyKeyOf, newIdempotencyKey } from '$lib/server/idempotency';
import type { Actions, PageServerLoad } from './$types';

const FORBIDDEN =
  'Chỉ quản trị kế hoạch của Sở Nội vụ hoặc của sở, ngành, địa phương được lập kế hoạch kiểm tra.';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  if (!canCreatePlan(user)) error(403, FORBIDDEN);
  const today = todayInVietnamIso(new Date());
  const api = createApi(event);
  const [plans, templates] = await Promise.all([
    fromApi(api.plans.rollup.query({})),
    templateChoices(event, user),
  ]);
  const year = Number(today.slice(0, 4)) + 1;
  return {
    idempotencyKey: newIdempotencyKey(),
    values: newPlanFormValues(year),
    nextYear: year,
    rules: DEFAULT_DEADLINE_RULES_2024,
    templates,
    // A plan is copied by whoever may manage it: Sở Nội vụ any plan, a unit its own.
    copyable: plans.filter((p) => canOnPlan(user, 'plan.manage', p)),
  };
};

export const actions: Actions = {
  create: async (event) => {
    const form = await event.request.formData();
    const values = readPlanForm(form);
    const saved = await tryApi(
      createApi(event, { idempotencyKey: idempotencyKeyOf(form) }).plans.create.mutate(
        planInputOf(values, DEFAULT_DEADLINE_RULES_2024),
      ),
    );
    if (saved.ok) redirect(303, `/ke-hoach/${saved.value.id}/sua?da-tao=1`);
    const errors = issuesByField(saved.issues, planFieldOf);
    return fail(saved.status, {
      action: 'create' as const,
      values,
      errors,
      message:
        saved.issues.length > 0
          ? 'Kế hoạch chưa được lưu: có chỗ chưa đúng, xem ghi chú bên dưới từng ô.'
          : saved.message,
    });
  },

  copy: async (event) => {
    const form = await event.request.formData();
    const planId = String(form.get('planId') ?? '');
    const year = Number(form.get('year') ?? '');
    const withTargets = form.get('withTargets') === 'on';
    const saved = await tryApi(
      createApi(event, { idempotencyKey: idempotencyKeyOf(form) }).plans.copyFromPreviousYear.mutate({
        planId,
        year,
        withTargets,
      }),
    );
    if (saved.ok) redirect(303, `/ke-hoach/${saved.value.id}/sua?da-sao-chep=1`);
    return fail(saved.status, {
      action: 'copy' as const,
      copyErrors: issuesByField(saved.issues, (p) =>
        p === 'year' ? 'year' : p === 'planId' ? 'planId' : null,
      ),
      message: saved.issues.length > 0 ? 'Chưa sao chép được: có chỗ chưa đúng.' : saved.message,
    });
  },
};
