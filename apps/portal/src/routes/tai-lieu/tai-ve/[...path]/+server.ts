import { error } from '@sveltejs/kit';
import { apiDocumentPath } from '$lib/documents/download-links';
import { passThroughFromApi } from '$lib/server/api-download';
import type { RequestHandler } from './$types';

/**
 * A document download: forwards a known /documents/… path (and its query, e.g. ?progress=1) to the
 * API for the person signed in and streams the file back under its Vietnamese name.
 */
export const GET: RequestHandler = async (event) => {
  const path = apiDocumentPath(event.params.path);
  if (path === null) error(404, 'Không có văn bản nào ở địa chỉ này.');
  return passThroughFromApi(event, `${path}${event.url.search}`);
};
