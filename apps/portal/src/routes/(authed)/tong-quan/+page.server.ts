import { drillDown } from '$lib/overview/drill-down';
import { overviewFiltersFromUrl } from '$lib/overview/overview-url';
import { createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const filters = overviewFiltersFromUrl(event.url);
  const overview = await fromApi(
    createApi(event).overview.get.query({
      ...(filters.year !== undefined && { year: filters.year }),
      ...(filters.planId !== undefined && { planId: filters.planId }),
      by: filters.by,
    }),
  );
  const found = filters.figure === null ? null : drillDown(overview, filters.figure);
  const byId = new Map(overview.inspections.map((i) => [i.id, i]));
  return {
    overview,
    filters: { ...filters, year: overview.year, planId: overview.planId ?? undefined },
    drill: found && {
      title: found.title,
      inspections: found.ids.flatMap((id) => byId.get(id) ?? []),
    },
  };
};
