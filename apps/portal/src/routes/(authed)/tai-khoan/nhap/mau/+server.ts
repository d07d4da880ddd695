import { createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';
import { workbookDownload } from '$lib/server/workbook-upload';
import type { RequestHandler } from './$types';

/** The .xlsx template of the list of units' CCHC focal officers. */
export const GET: RequestHandler = async (event) =>
  workbookDownload(await fromApi(createApi(event).accounts.import.template.query()));
