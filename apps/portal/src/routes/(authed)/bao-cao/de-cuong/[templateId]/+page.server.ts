import { outlineToText, parseOutlineText, templateByIdInput } from '@kiemtra/domain';
import { error, fail, redirect } from '@sveltejs/kit';
import { createApi } from '$lib/server/api';
import { fromApi, tryApi } from '$lib/server/api-error';
import type { Actions, PageServerLoad } from './$types';

function templateIdOf(param: string): string {
  const input = templateByIdInput.safeParse({ templateId: param });
  if (!input.success) error(404, 'Không tìm thấy đề cương này.');
  return input.data.templateId;
}

export const load: PageServerLoad = async (event) => {
  const template = await fromApi(
    createApi(event).reports.template.query({ templateId: templateIdOf(event.params.templateId) }),
  );
  return { template, text: outlineToText(template.items) };
};

export const actions: Actions = {
  /** Publishes the edited text as the next version of this outline; figures are kept by item code. */
  banHanh: async (event) => {
    const api = createApi(event);
    const base = await fromApi(
      api.reports.template.query({ templateId: templateIdOf(event.params.templateId) }),
    );
    const form = await event.request.formData();
    const text = String(form.get('text') ?? '');
    const title = String(form.get('title') ?? '');
    const parsed = parseOutlineText(text, base.items);
    if (!parsed.ok) return fail(400, { text, title, message: parsed.issues.map((i) => i.message).join(' ') });
    const result = await tryApi(
      api.reports.publishTemplate.mutate({
        code: base.code,
        title,
        inspectionKind: base.inspectionKind,
        items: parsed.items.map((i) => ({ ...i, figures: [...i.figures], figureRules: [...i.figureRules] })),
      }),
    );
    if (!result.ok) return fail(result.status, { text, title, message: result.message });
    redirect(303, `/bao-cao/de-cuong/${result.value.id}`);
  },
};
