import { canOnPlan } from '$lib/planning/planning-access';
import { planningPlanFor } from '$lib/planning/planning-plan.server';
import { createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';
import type { PageServerLoad } from './$types';

/** The plan's history from the audit log: every change, who made it and why (amendments with their reason). */
export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const plan = await planningPlanFor(event, user, 'audit.read');
  const history = await fromApi(createApi(event).plans.history.query({ planId: plan.id }));
  return {
    plan,
    history,
    manage: canOnPlan(user, 'plan.manage', plan),
  };
};
