import { reportByInspectionInput } from '@kiemtra/domain';
import { error } from '@sveltejs/kit';
import { API_UNREACHABLE_MESSAGE } from '$lib/server/api-error';
import { downloadReportDocument } from '$lib/server/report-files';
import type { RequestHandler } from './$types';

/** The unit's report as a DOCX in the Decree 30/2020 layout, passed through from the API. */
export const GET: RequestHandler = async (event) => {
  const input = reportByInspectionInput.safeParse({ inspectionId: event.params.inspectionId });
  if (!input.success) error(404, 'Không tìm thấy cuộc kiểm tra này.');
  let response: Response;
  try {
    response = await downloadReportDocument(event, input.data.inspectionId);
  } catch {
    error(503, API_UNREACHABLE_MESSAGE);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    error(response.status, body.message ?? API_UNREACHABLE_MESSAGE);
  }
  const headers = new Headers();
  for (const name of ['content-type', 'content-disposition', 'content-length', 'cache-control']) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(response.body, { status: 200, headers });
};
