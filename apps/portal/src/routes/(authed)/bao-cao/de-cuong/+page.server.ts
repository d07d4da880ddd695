import { createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';
import type { PageServerLoad } from './$types';

/** The report outlines and their versions (administrators of Sở Nội vụ; the API refuses others). */
export const load: PageServerLoad = async (event) => ({
  templates: await fromApi(createApi(event).reports.templates.query()),
});
