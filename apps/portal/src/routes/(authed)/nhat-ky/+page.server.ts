import { createApi } from '$lib/server/api';
import { fromApi, tryApi } from '$lib/server/api-error';
import type { PageServerLoad } from './$types';

const FILTERS = ['actorId', 'entity', 'entityId', 'from', 'to', 'planId'] as const;

/** The log's filters are the address's query, so that a filtered page can be bookmarked and shared. */
export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const params = event.url.searchParams;
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const cursor = params.get('trang') ?? '';
  const [choices, page] = await Promise.all([
    fromApi(api.auditLog.filters.query()),
    tryApi(api.auditLog.page.query({ ...filters, ...(cursor && { cursor }) })),
  ]);
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== ''));
  const hrefWith = (extra: Record<string, string>) => {
    const q = new URLSearchParams(query);
    for (const [k, v] of Object.entries(extra)) q.set(k, v);
    return `/nhat-ky?${q.toString()}`;
  };
  return {
    filters,
    choices,
    entries: page.ok ? page.value.entries : [],
    // A bad filter is said beside its field; the page then lists nothing.
    errors: page.ok
      ? {}
      : Object.fromEntries(page.issues.map((i) => [i.path.split('.')[0] ?? '', i.message])),
    failure: page.ok ? null : page.message,
    nextHref: page.ok && page.value.nextCursor ? hrefWith({ trang: page.value.nextCursor }) : null,
    firstHref: cursor ? `/nhat-ky?${query.toString()}` : null,
  };
};
