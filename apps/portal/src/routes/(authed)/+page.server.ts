import { INSPECTION_STATUS_LABELS, INSPECTION_STATUSES } from '@kiemtra/domain';
import type { Inspection } from '$lib/api-types';
import { countBy } from '$lib/format';
import { HOME_HEADINGS, homeViewOf } from '$lib/home-view';
import { listHref, listScopeFromUrl } from '$lib/list-scope';
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
  // One year's visits (the current year unless the address names another), a page at a time.
  const scope = listScopeFromUrl(event.url);
  const [plans, page, reportStates] = await Promise.all([
    fromApi(api.plans.list.query()),
    fromApi(api.inspections.list.query(scope)),
    fromApi(api.reports.states.query(scope)),
  ]);
  const inspections = page.items;
  const view = homeViewOf(user.roles);
  return {
    view,
    // A department's or district's plan administrator plans its own units (V.3.c).
    canPlan: canCreatePlan(user),
    heading: HOME_HEADINGS[view],
    year: page.year,
    years: page.years.map((year) => ({ year, href: listHref('/', year), current: year === page.year })),
    nextPageHref: page.nextCursor ? listHref('/', page.year, page.nextCursor) : null,
    plans: plans
      .filter((plan) => page.year === null || plan.year === page.year)
      .map((plan) => {
        const ofPlan = inspections.filter((i) => i.planId === plan.id);
        return { ...plan, inspectionCount: ofPlan.length, statusCounts: statusCounts(ofPlan) };
      }),
    inspections,
    reportStates: Object.fromEntries(reportStates.items.map((r) => [r.inspectionId, r.statusLabel])),
    totals: { count: inspections.length, statusCounts: statusCounts(inspections) },
  };
};
