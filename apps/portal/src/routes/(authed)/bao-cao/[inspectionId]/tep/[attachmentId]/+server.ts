import { attachmentByIdInput } from '@kiemtra/domain';
import { error } from '@sveltejs/kit';
import { API_UNREACHABLE_MESSAGE } from '$lib/server/api-error';
import { downloadReportFile } from '$lib/server/report-files';
import type { RequestHandler } from './$types';

/** An evidence file of a report, passed through from the API with its name and type. */
export const GET: RequestHandler = async (event) => {
  const input = attachmentByIdInput.safeParse({ attachmentId: event.params.attachmentId });
  if (!input.success) error(404, 'Không tìm thấy tài liệu kèm theo này.');
  let response: Response;
  try {
    response = await downloadReportFile(event, input.data.attachmentId);
  } catch {
    error(503, API_UNREACHABLE_MESSAGE);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    error(response.status, body.message ?? API_UNREACHABLE_MESSAGE);
  }
  const headers = new Headers();
  for (const name of [
    'content-type',
    'content-disposition',
    'content-length',
    'x-content-type-options',
    'cache-control',
  ]) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(response.body, { status: 200, headers });
};
