import { reportByInspectionInput } from '@kiemtra/domain';
import { error, fail } from '@sveltejs/kit';
import { explanationView } from '$lib/calendar/explanation-view';
import { figuresFromForm } from '$lib/report/figure-input';
import { createApi } from '$lib/server/api';
import { fromApi, tryApi } from '$lib/server/api-error';
import { idempotencyKeyOf, newIdempotencyKey } from '$lib/server/idempotency';
import { uploadReportFile } from '$lib/server/report-files';
import type { Actions, PageServerLoad } from './$types';

function inspectionIdOf(param: string): string {
  const input = reportByInspectionInput.safeParse({ inspectionId: param });
  // A malformed address is a missing page, not a bad request to the API.
  if (!input.success) error(404, 'Không tìm thấy cuộc kiểm tra này.');
  return input.data.inspectionId;
}

const text = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};
const version = (form: FormData, name = 'expectedVersion'): number => Number(text(form, name)) || 0;

export const load: PageServerLoad = async (event) => {
  const inspectionId = inspectionIdOf(event.params.inspectionId);
  const view = await fromApi(createApi(event).reports.get.query({ inspectionId }));
  return {
    idempotencyKey: newIdempotencyKey(),
    ...view,
    deadline: view.deadline ? { ...view.deadline, view: explanationView(view.deadline.explanation) } : null,
    sectionCode: event.url.searchParams.get('phan'),
  };
};

export const actions: Actions = {
  /** Saves one item (also the autosave's target); a 409 returns the other person's answer. */
  luu: async (event) => {
    const inspectionId = inspectionIdOf(event.params.inspectionId);
    const form = await event.request.formData();
    const itemCode = text(form, 'itemCode');
    const view = await fromApi(createApi(event).reports.get.query({ inspectionId }));
    const item = view.sections.flatMap((s) => s.items).find((i) => i.code === itemCode);
    if (!item) return fail(404, { itemCode, message: `Đề cương không có mục ${itemCode}.`, issues: [] });
    const { figures, errors } = figuresFromForm(
      form,
      item.figures.filter((f) => f.system === null),
    );
    if (errors.length > 0)
      return fail(400, { itemCode, message: errors.map((e) => e.message).join(' '), issues: errors });
    const result = await tryApi(
      createApi(event).reports.saveAnswer.mutate({
        inspectionId,
        itemCode,
        narrative: text(form, 'narrative'),
        figures,
        expectedVersion: version(form),
      }),
    );
    if (!result.ok) {
      const current = result.status === 409 ? await currentAnswer(event, inspectionId, itemCode) : null;
      return fail(result.status, { itemCode, message: result.message, issues: result.issues, current });
    }
    return { saved: { ...result.value, updatedAt: result.value.updatedAt.toISOString() } };
  },

  gui: async (event) => {
    const inspectionId = inspectionIdOf(event.params.inspectionId);
    const form = await event.request.formData();
    const result = await tryApi(
      createApi(event).reports.submit.mutate({ inspectionId, expectedVersion: version(form) }),
    );
    if (!result.ok)
      return fail(result.status, { submit: { message: result.message, issues: result.issues } });
    return { submitted: { timing: result.value.timing } };
  },

  taiLen: async (event) => {
    const inspectionId = inspectionIdOf(event.params.inspectionId);
    const form = await event.request.formData();
    const itemCode = text(form, 'itemCode');
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0)
      return fail(400, { upload: { itemCode, message: 'Hãy chọn tệp cần đính kèm.' } });
    const result = await uploadReportFile(event, { inspectionId, itemCode, file }, idempotencyKeyOf(form));
    if (!result.ok) return fail(result.status, { upload: { itemCode, message: result.message } });
    return { uploaded: { itemCode, fileName: file.name } };
  },

  xoaTep: async (event) => {
    const form = await event.request.formData();
    const result = await tryApi(
      createApi(event).attachments.remove.mutate({ attachmentId: text(form, 'attachmentId') }),
    );
    if (!result.ok)
      return fail(result.status, { upload: { itemCode: text(form, 'itemCode'), message: result.message } });
    return { removed: true };
  },

  yKienSoLieu: async (event) => {
    const inspectionId = inspectionIdOf(event.params.inspectionId);
    const form = await event.request.formData();
    const itemCode = text(form, 'itemCode');
    const result = await tryApi(
      createApi(event, { idempotencyKey: idempotencyKeyOf(form) }).reports.commentSystemFigure.mutate({
        inspectionId,
        itemCode,
        figureKey: text(form, 'figureKey'),
        comment: text(form, 'comment'),
      }),
    );
    if (!result.ok) return fail(result.status, { itemCode, message: result.message, issues: result.issues });
    return { figureCommented: itemCode };
  },

  yKien: async (event) => {
    const inspectionId = inspectionIdOf(event.params.inspectionId);
    const form = await event.request.formData();
    const itemCode = text(form, 'itemCode');
    const result = await tryApi(
      createApi(event, { idempotencyKey: idempotencyKeyOf(form) }).reports.comment.mutate({
        inspectionId,
        itemCode,
        body: text(form, 'body'),
      }),
    );
    if (!result.ok) return fail(result.status, { itemCode, message: result.message, issues: result.issues });
    return { commented: itemCode };
  },

  boSung: async (event) => {
    const inspectionId = inspectionIdOf(event.params.inspectionId);
    const form = await event.request.formData();
    const result = await tryApi(
      createApi(event).reports.requestAdditions.mutate({
        inspectionId,
        expectedVersion: version(form),
        itemCodes: form.getAll('itemCodes').filter((v): v is string => typeof v === 'string'),
        reason: text(form, 'reason'),
      }),
    );
    if (!result.ok) return fail(result.status, { review: { message: result.message } });
    return { additionsRequested: true };
  },

  moLai: async (event) => {
    const inspectionId = inspectionIdOf(event.params.inspectionId);
    const form = await event.request.formData();
    const result = await tryApi(
      createApi(event).reports.reopen.mutate({
        inspectionId,
        expectedVersion: version(form),
        reason: text(form, 'reason'),
      }),
    );
    if (!result.ok) return fail(result.status, { review: { message: result.message } });
    return { reopened: true };
  },
};

/** The answer someone else saved, to show beside the unsaved one after a 409. */
async function currentAnswer(
  event: Parameters<Actions[string]>[0],
  inspectionId: string,
  itemCode: string,
): Promise<{ narrative: string; version: number; updatedByName: string | null } | null> {
  const view = await tryApi(createApi(event).reports.get.query({ inspectionId }));
  if (!view.ok) return null;
  const answer = view.value.sections.flatMap((s) => s.items).find((i) => i.code === itemCode)?.answer;
  return answer
    ? { narrative: answer.narrative, version: answer.version, updatedByName: answer.updatedByName }
    : null;
}
