import { error } from '@sveltejs/kit';
import { runAction } from '$lib/inspection-closure/actions';
import { textOf, versionFromForm } from '$lib/inspection-closure/form-data';
import { createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';
import { idempotencyKeyOf, newIdempotencyKey } from '$lib/server/idempotency';
import { inspectionsOfPlan } from '$lib/server/plan-inspections';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const plans = await fromApi(api.plans.list.query());
  const planId = event.url.searchParams.get('ke-hoach') ?? plans[0]?.id;
  if (planId === undefined) error(404, 'Chưa có kế hoạch kiểm tra nào.');
  const [plan, rounds, inspections] = await Promise.all([
    fromApi(api.plans.get.query({ planId })),
    fromApi(api.rounds.list.query({ planId })),
    inspectionsOfPlan(api, planId),
  ]);
  const grouped = new Set(rounds.flatMap((r) => r.inspections.map((i) => i.id)));
  const overdueLabels = Object.fromEntries(inspections.map((i) => [i.id, i.overdueLabel]));
  return {
    idempotencyKey: newIdempotencyKey(),
    plans: plans.map((p) => ({ id: p.id, title: p.title })),
    plan: { id: plan.id, title: plan.title },
    rounds,
    overdueLabels,
    teams: plan.teams.map((t) => ({
      id: t.id,
      name: t.name,
      // The team's visits not yet in a round, as the person may see them.
      inspections: inspections
        .filter((i) => i.planId === plan.id && i.teamName === t.name && !grouped.has(i.id))
        .map((i) => ({
          id: i.id,
          orgUnitName: i.orgUnitName,
          startDate: i.startDate,
          statusLabel: i.statusLabel,
          overdueLabel: i.overdueLabel,
        })),
    })),
  };
};

export const actions: Actions = {
  create: async (event) => {
    const form = await event.request.formData();
    return runAction(
      'create',
      createApi(event, { idempotencyKey: idempotencyKeyOf(form) }).rounds.create.mutate({
        planId: textOf(form, 'planId'),
        teamId: textOf(form, 'teamId'),
        name: textOf(form, 'name'),
        inspectionIds: form.getAll('inspectionIds').map(String),
      }),
      'Đã lập đợt kiểm tra.',
    );
  },
  close: async (event) => {
    const form = await event.request.formData();
    return runAction(
      `round:${textOf(form, 'roundId')}`,
      createApi(event).rounds.close.mutate({
        roundId: textOf(form, 'roundId'),
        expectedVersion: versionFromForm(form),
      }),
      'Đã kết thúc đợt kiểm tra; thời hạn báo cáo kết quả kiểm tra bắt đầu tính.',
    );
  },
};
