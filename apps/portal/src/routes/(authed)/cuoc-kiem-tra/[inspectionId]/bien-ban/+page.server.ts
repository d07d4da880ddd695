import { inspectionWorkInput } from '@kiemtra/domain';
import { error, fail } from '@sveltejs/kit';
import { minutesFromForm, versionFromForm } from '$lib/inspection-closure/form-data';
import { createApi } from '$lib/server/api';
import { fromApi, tryApi } from '$lib/server/api-error';
import type { Actions, PageServerLoad } from './$types';

function inspectionIdOf(param: string): string {
  const input = inspectionWorkInput.safeParse({ inspectionId: param });
  if (!input.success) error(404, 'Không tìm thấy cuộc kiểm tra này.');
  return input.data.inspectionId;
}

export const load: PageServerLoad = async (event) => {
  const inspectionId = inspectionIdOf(event.params.inspectionId);
  const api = createApi(event);
  const [minutes, view] = await Promise.all([
    fromApi(api.minutes.get.query({ inspectionId })),
    fromApi(api.conclusions.get.query({ inspectionId })),
  ]);
  return { minutes, inspection: view.inspection, canRecord: view.canRecord };
};

export const actions: Actions = {
  default: async (event) => {
    const inspectionId = inspectionIdOf(event.params.inspectionId);
    const form = await event.request.formData();
    const minutes = minutesFromForm(form);
    const saved = await tryApi(
      createApi(event).minutes.save.mutate({
        inspectionId,
        expectedVersion: versionFromForm(form),
        // The API parses the roles; the form only ever offers valid ones.
        minutes: minutes as Parameters<
          ReturnType<typeof createApi>['minutes']['save']['mutate']
        >[0]['minutes'],
      }),
    );
    if (!saved.ok) {
      // On a 409 the page reloads the other person's version and keeps this one beside it.
      return fail(saved.status, {
        message: saved.message,
        issues: saved.issues,
        conflict: saved.status === 409,
        mine: minutes,
      });
    }
    return { saved: true, version: saved.value.version };
  },
};
