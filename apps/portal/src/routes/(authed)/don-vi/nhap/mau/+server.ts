import { createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';
import { workbookDownload } from '$lib/server/workbook-upload';
import type { RequestHandler } from './$types';

/** The .xlsx template of the unit register, with the Vietnamese headers, examples and a guide. */
export const GET: RequestHandler = async (event) =>
  workbookDownload(await fromApi(createApi(event).orgUnits.import.template.query()));
