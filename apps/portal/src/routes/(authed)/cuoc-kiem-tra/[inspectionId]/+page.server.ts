import { inspectionByIdInput } from '@kiemtra/domain';
import { error } from '@sveltejs/kit';
import { explanationView } from '$lib/calendar/explanation-view';
import { createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const input = inspectionByIdInput.safeParse({ inspectionId: event.params.inspectionId });
  // A malformed address is a missing page, not a bad request to the API.
  if (!input.success) error(404, 'Không tìm thấy cuộc kiểm tra này.');
  const { inspection, reading, deadlines, moves } = await fromApi(
    createApi(event).inspections.deadlines.query(input.data),
  );
  return {
    inspection,
    reading,
    moves,
    deadlines: deadlines.map(({ explanation, ...d }) => ({
      ...d,
      anchor: d.key.replace(':', '-'),
      view: explanationView(explanation),
    })),
  };
};
