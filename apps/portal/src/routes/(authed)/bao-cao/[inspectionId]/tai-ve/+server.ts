import { reportByInspectionInput } from '@kiemtra/domain';
import { error } from '@sveltejs/kit';
import { passThroughFromApi } from '$lib/server/api-download';
import type { RequestHandler } from './$types';

/** The unit's report as a DOCX in the Decree 30/2020 layout, passed through from the API. */
export const GET: RequestHandler = async (event) => {
  const input = reportByInspectionInput.safeParse({ inspectionId: event.params.inspectionId });
  if (!input.success) error(404, 'Không tìm thấy cuộc kiểm tra này.');
  return passThroughFromApi(
    event,
    `/files/reports/${encodeURIComponent(input.data.inspectionId)}/report.docx`,
  );
};
