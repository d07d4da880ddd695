import { inspectionIdOf, type MutationInput, runAction } from '$lib/inspection-closure/actions';
import { evidenceFromForm, textOf, versionFromForm } from '$lib/inspection-closure/form-data';
import { type Api, createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';
import { idempotencyKeyOf, newIdempotencyKey } from '$lib/server/idempotency';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const inspectionId = inspectionIdOf(event.params.inspectionId);
  return {
    idempotencyKey: newIdempotencyKey(),
    view: await fromApi(createApi(event).conclusions.get.query({ inspectionId })),
  };
};

type State = MutationInput<Api['remediation']['report']>['state'];

export const actions: Actions = {
  /** The unit's report on one recommendation (seed III.2.đ). */
  report: async (event) => {
    const form = await event.request.formData();
    const recommendationId = textOf(form, 'recommendationId');
    return runAction(
      `recommendation:${recommendationId}`,
      createApi(event, { idempotencyKey: idempotencyKeyOf(form) }).remediation.report.mutate({
        recommendationId,
        expectedVersion: versionFromForm(form),
        state: textOf(form, 'state') as State,
        actionsTaken: textOf(form, 'actionsTaken'),
        evidenceRefs: evidenceFromForm(form),
      }),
      'Đã gửi báo cáo kết quả khắc phục đến Đoàn kiểm tra.',
    );
  },
};
