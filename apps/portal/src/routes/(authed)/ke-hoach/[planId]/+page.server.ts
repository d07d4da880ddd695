import { planByIdInput } from '@kiemtra/domain';
import { error } from '@sveltejs/kit';
import { canOnPlan } from '$lib/planning/planning-access';
import { createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';
import { inspectionsOfPlan } from '$lib/server/plan-inspections';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const input = planByIdInput.safeParse({ planId: event.params.planId });
  // A malformed address is a missing page, not a bad request to the API.
  if (!input.success) error(404, 'Không tìm thấy kế hoạch kiểm tra này.');
  const { user } = await event.parent();
  const api = createApi(event);
  // Asked together, the three travel in one batched request (one session look-up at the API).
  // The overdue flag of each visit comes from the same list the home pages show, of this plan only.
  const [plan, owner, visible] = await Promise.all([
    fromApi(api.plans.get.query(input.data)),
    fromApi(api.plans.forEditing.query(input.data)),
    inspectionsOfPlan(api, input.data.planId),
  ]);
  const manage = canOnPlan(user, 'plan.manage', owner);
  // The live checks are the planners' tool: expected against actual, duplicates, overlaps.
  const checks = manage ? await fromApi(api.plans.checks.query(input.data)) : null;
  const overdueLabels = Object.fromEntries(visible.map((i) => [i.id, i.overdueLabel]));
  return { plan, manage, checks, overdueLabels };
};
