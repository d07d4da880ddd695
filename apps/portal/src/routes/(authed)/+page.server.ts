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
  const view = homeViewOf(user.roles);
  const passwordChanged = event.url.searchParams.get('mat-khau') === 'da-doi';
  // The current plans' visits, or one year's when the address names it, a page at a time.
  const scope = listScopeFromUrl(event.url);
  const [ceased, todo, plans, page, reportStates] = await Promise.all([
    fromApi(api.profile.ceasedUnits.query()),
    fromApi(api.inspections.todo.query()),
    fromApi(api.plans.list.query()),
    fromApi(api.inspections.list.query(scope)),
    fromApi(api.reports.states.query(scope)),
  ]);
  const inspections = page.items;
  const shownYear = page.scope.kind === 'year' ? page.scope.year : null;
  return {
    // Issue 11: a person whose unit has ceased is told so on their own home page.
    ceasedUnits: ceased.units,
    todo,
    view,
    passwordChanged,
    // A department's or district's plan administrator plans its own units (V.3.c).
    canPlan: canCreatePlan(user),
    heading: HOME_HEADINGS[view],
    year: shownYear,
    years: page.years.map((year) => ({ year, href: listHref('/', year), current: year === shownYear })),
    nextPageHref: page.nextCursor ? listHref('/', shownYear, page.nextCursor) : null,
    plans: plans
      .filter((plan) =>
        page.scope.kind === 'current' ? page.scope.planIds.includes(plan.id) : plan.year === shownYear,
      )
      .map((plan) => {
        const ofPlan = inspections.filter((i) => i.planId === plan.id);
        return { ...plan, inspectionCount: ofPlan.length, statusCounts: statusCounts(ofPlan) };
      }),
    inspections,
    reportStates: Object.fromEntries(reportStates.items.map((r) => [r.inspectionId, r.statusLabel])),
    totals: { count: inspections.length, statusCounts: statusCounts(inspections) },
  };
};
