import { canOnPlan } from '$lib/planning/planning-access';
import { planningPlanFor } from '$lib/planning/planning-plan.server';
import { createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';
import type { PageServerLoad } from './$types';

/** The plan's visits on a timeline by week and by team, as far as the person may see them. */
export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const plan = await planningPlanFor(event, user, null);
  const timeline = await fromApi(createApi(event).schedule.timeline.query({ planId: plan.id }));
  return {
    plan,
    timeline,
    view: event.url.searchParams.get('xem') === 'doan' ? ('team' as const) : ('week' as const),
    manage: canOnPlan(user, 'plan.manage', plan),
  };
};
