import { createApi } from '$lib/server/api';
import { fromApi, tryApi } from '$lib/server/api-error';
import type { PageServerLoad } from './$types';

const STATES = ['pending', 'active', 'done', 'failed'] as const;
type State = (typeof STATES)[number];

/** The background jobs for the system administrator; the state, kind and page are the address's query. */
export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const params = event.url.searchParams;
  const asked = params.get('trang-thai') ?? '';
  const state: State = (STATES as readonly string[]).includes(asked) ? (asked as State) : 'failed';
  const name = params.get('loai') ?? '';
  const cursor = params.get('trang') ?? '';
  const [overview, page] = await Promise.all([
    fromApi(api.jobs.overview.query()),
    tryApi(api.jobs.list.query({ state, ...(name && { name }), ...(cursor && { cursor }) })),
  ]);
  const hrefOf = (q: Record<string, string>) =>
    `/he-thong/cong-viec?${new URLSearchParams(Object.entries(q).filter(([, v]) => v !== '')).toString()}`;
  return {
    state,
    name,
    overview,
    jobs: page.ok ? page.value.jobs : [],
    failure: page.ok ? null : page.message,
    tabs: overview.states.map((s) => ({ ...s, href: hrefOf({ 'trang-thai': s.state, loai: name }) })),
    nextHref:
      page.ok && page.value.nextCursor
        ? hrefOf({ 'trang-thai': state, loai: name, trang: page.value.nextCursor })
        : null,
    firstHref: cursor ? hrefOf({ 'trang-thai': state, loai: name }) : null,
  };
};
