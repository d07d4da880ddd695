import { attachmentByIdInput } from '@kiemtra/domain';
import { error } from '@sveltejs/kit';
import { passThroughFromApi } from '$lib/server/api-download';
import type { RequestHandler } from './$types';

/** An evidence file of a report, passed through from the API with its name and type. */
export const GET: RequestHandler = async (event) => {
  const input = attachmentByIdInput.safeParse({ attachmentId: event.params.attachmentId });
  if (!input.success) error(404, 'Không tìm thấy tài liệu kèm theo này.');
  return passThroughFromApi(event, `/files/attachments/${encodeURIComponent(input.data.attachmentId)}`);
};
