import { can, roundByIdInput } from '@kiemtra/domain';
import { error, fail } from '@sveltejs/kit';
import { runAction } from '$lib/inspection-closure/actions';
import { textOf, versionFromForm } from '$lib/inspection-closure/form-data';
import { actorOf } from '$lib/planning/planning-access';
import { createApi } from '$lib/server/api';
import { fromApi, tryApi } from '$lib/server/api-error';
import type { Actions, PageServerLoad } from './$types';

function roundIdOf(param: string): string {
  const input = roundByIdInput.safeParse({ roundId: param });
  if (!input.success) error(404, 'Không tìm thấy đợt kiểm tra này.');
  return input.data.roundId;
}

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const roundId = roundIdOf(event.params.roundId);
  const report = await fromApi(createApi(event).summary.get.query({ roundId }));
  // The API decides again when saving; the page only hides forms that would be refused.
  return { report, canManage: can(actorOf(user), 'summary.manage', { tenantId: user.tenantId }).allowed };
};

export const actions: Actions = {
  save: async (event) => {
    const form = await event.request.formData();
    const mine = {
      title: textOf(form, 'title'),
      body: textOf(form, 'body'),
      proposals: textOf(form, 'proposals'),
      signerTitle: textOf(form, 'signerTitle'),
      signerName: textOf(form, 'signerName'),
    };
    const saved = await tryApi(
      createApi(event).summary.save.mutate({
        roundId: roundIdOf(event.params.roundId),
        expectedVersion: versionFromForm(form),
        ...mine,
      }),
    );
    if (!saved.ok) {
      // On a 409 the page reloads the other person's version and keeps this one beside it.
      return fail(saved.status, {
        action: 'save',
        message: saved.message,
        issues: saved.issues,
        conflict: saved.status === 409,
        mine,
      });
    }
    return { action: 'save', done: 'Đã lưu dự thảo báo cáo.' };
  },
  issue: async (event) => {
    const form = await event.request.formData();
    return runAction(
      'issue',
      createApi(event).summary.issue.mutate({
        roundId: roundIdOf(event.params.roundId),
        expectedVersion: versionFromForm(form),
        issuedOn: textOf(form, 'issuedOn'),
      }),
      'Đã ban hành báo cáo kết quả kiểm tra.',
    );
  },
};
