import { createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';
import type { RequestHandler } from './$types';

/** The .xlsx template of a target list, with the Vietnamese headers and one example row. */
export const GET: RequestHandler = async (event) => {
  const file = await fromApi(createApi(event).targets.importTemplate.query());
  return new Response(Buffer.from(file.base64, 'base64'), {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.fileName}"`,
    },
  });
};
