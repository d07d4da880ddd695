import { INSPECTION_STATUS_LABELS, INSPECTION_STATUSES } from '@kiemtra/domain';
import type { Inspection } from '$lib/api-types';
import { countBy } from '$lib/format';
import { HOME_HEADINGS, homeViewOf } from '$lib/home-view';
import { canCreatePlan } from '$lib/planning/planning-access';
import { createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';
import type { PageServerLoad } from './$types';

/** Counts per status, in the workflow's order, leaving out the statuses nobody is in. */
function statusCounts(inspections: readonly Inspection[]) {
  const counts = countBy(inspections, (i) => i.status);
  return INSPECTION_STATUSES.filter((s) => counts.has(s)).map((status) => ({
    status,
    label: INSPECTION_STATUS_LABELS[status],
    count: counts.get(status) ?? 0,
  }));
}

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const api = createApi(event);
  const [plans, inspections, reportStates] = await Promise.all([
    fromApi(api.plans.list.query()),
    fromApi(api.inspections.list.query()),
    fromApi(api.reports.states.query()),
  ]);
  const view = homeViewOf(user.roles);
  return {
    view,
    // A department's or district's plan administrator plans its own units (V.3.c).
    canPlan: canCreatePlan(user),
    heading: HOME_HEADINGS[view],
    plans: plans.map((plan) => {
      const ofPlan = inspections.filter((i) => i.planId === plan.id);
      return { ...plan, inspectionCount: ofPlan.length, statusCounts: statusCounts(ofPlan) };
    }),
    inspections,
    reportStates: Object.fromEntries(reportStates.map((r) => [r.inspectionId, r.statusLabel])),
    totals: { count: inspections.length, statusCounts: statusCounts(inspections) },
  };
};
