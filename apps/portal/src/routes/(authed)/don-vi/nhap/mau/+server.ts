import { createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';
import type { RequestHandler } from './$types';

/** The .xlsx template of the unit register, with the Vietnamese headers, examples and a guide. */
export const GET: RequestHandler = async (event) => {
  const file = await fromApi(createApi(event).orgUnits.import.template.query());
  return new Response(Buffer.from(file.base64, 'base64'), {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.fileName}"`,
    },
  });
};
