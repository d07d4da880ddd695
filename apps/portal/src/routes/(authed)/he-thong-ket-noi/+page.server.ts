import { createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  systems: await fromApi(createApi(event).apiClients.list.query()),
});
