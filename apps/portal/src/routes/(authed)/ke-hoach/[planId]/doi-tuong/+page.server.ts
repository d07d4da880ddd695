import { INSPECTION_KINDS, planAsAt, TARGET_GROUPS } from '@kiemtra/domain';
import { fail, redirect } from '@sveltejs/kit';
import { fieldByPrefix, issuesByField } from '$lib/planning/field-issues';
import { actionUser, planningPlanFor } from '$lib/planning/planning-plan.server';
import { suggestedTarget, targetableUnits } from '$lib/planning/target-picker';
import { createApi } from '$lib/server/api';
import { fromApi, tryApi } from '$lib/server/api-error';
import { idempotencyKeyOf, newIdempotencyKey } from '$lib/server/idempotency';
import type { Actions, PageServerLoad } from './$types';

const targetFieldOf = fieldByPrefix({
  orgUnitId: 'orgUnitId',
  subUnitIds: 'subUnits',
  subUnits: 'subUnits',
  targets: 'orgUnitId',
  kind: 'kind',
  group: 'group',
  teamId: 'teamId',
  reason: 'reason',
});

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const reasonOf = (form: FormData) => text(form, 'reason') || null;

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const plan = await planningPlanFor(event, user, 'plan.manage');
  const asAt = planAsAt({ decisionDate: plan.decision.date, windowStart: plan.window.start });
  const api = createApi(event);
  const [tree, checks] = await Promise.all([
    fromApi(api.orgUnits.tree.query({ asAt })),
    fromApi(api.plans.checks.query({ planId: plan.id })),
  ]);
  const units = targetableUnits(tree.roots, plan, asAt);
  const picked = units.find((u) => u.id === event.url.searchParams.get('donVi')) ?? null;
  return {
    idempotencyKey: newIdempotencyKey(),
    plan,
    asAt,
    checks,
    units: units.map(({ id, name, depth, kindLabel }) => ({ id, name, depth, kindLabel })),
    picked,
    suggestion: picked ? suggestedTarget(picked) : null,
    kinds: INSPECTION_KINDS.filter((k) => k !== 'ad_hoc'),
    groups: TARGET_GROUPS.filter((g) => g !== 'ad_hoc'),
    imported: Number(event.url.searchParams.get('da-nhap') ?? '') || null,
    added: event.url.searchParams.has('da-them'),
    removed: event.url.searchParams.has('da-xoa'),
  };
};

export const actions: Actions = {
  add: async (event) => {
    const plan = await planningPlanFor(event, actionUser(event.locals), 'plan.manage');
    const form = await event.request.formData();
    const values = {
      orgUnitId: text(form, 'orgUnitId'),
      kind: text(form, 'kind'),
      group: text(form, 'group'),
      subUnitIds: form.getAll('subUnitIds').map(String),
      teamId: text(form, 'teamId'),
      note: text(form, 'note'),
      reason: text(form, 'reason'),
    };
    const saved = await tryApi(
      createApi(event, { idempotencyKey: idempotencyKeyOf(form) }).targets.add.mutate({
        planId: plan.id,
        orgUnitId: values.orgUnitId,
        kind: values.kind as (typeof INSPECTION_KINDS)[number],
        group: values.group as (typeof TARGET_GROUPS)[number],
        subUnitIds: values.subUnitIds,
        teamId: values.teamId || null,
        note: values.note || null,
        reason: values.reason || null,
      }),
    );
    if (saved.ok) redirect(303, `/ke-hoach/${plan.id}/doi-tuong?da-them=1`);
    return fail(saved.status, {
      action: 'add' as const,
      values,
      errors: issuesByField(saved.issues, targetFieldOf),
      message:
        saved.issues.length > 0
          ? 'Chưa thêm được đối tượng: có chỗ chưa đúng, xem ghi chú bên dưới từng ô.'
          : saved.message,
    });
  },

  remove: async (event) => {
    const plan = await planningPlanFor(event, actionUser(event.locals), 'plan.manage');
    const form = await event.request.formData();
    const removed = await tryApi(
      createApi(event).targets.remove.mutate({
        targetId: text(form, 'targetId'),
        expectedVersion: Number(text(form, 'expectedVersion')),
        reason: reasonOf(form),
      }),
    );
    if (removed.ok) redirect(303, `/ke-hoach/${plan.id}/doi-tuong?da-xoa=1`);
    return fail(removed.status, {
      action: 'remove' as const,
      targetId: text(form, 'targetId'),
      message: removed.message,
    });
  },

  preview: async (event) => {
    const plan = await planningPlanFor(event, actionUser(event.locals), 'plan.manage');
    const form = await event.request.formData();
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) {
      return fail(400, {
        action: 'preview' as const,
        message: 'Hãy chọn tệp Excel (.xlsx) danh sách đối tượng.',
        preview: null,
        fileBase64: '',
        fileName: '',
      });
    }
    const fileBase64 = Buffer.from(await file.arrayBuffer()).toString('base64');
    const preview = await tryApi(
      createApi(event).targets.importPreview.mutate({ planId: plan.id, fileBase64 }),
    );
    if (!preview.ok) {
      return fail(preview.status, {
        action: 'preview' as const,
        message: preview.message,
        preview: null,
        fileBase64: '',
        fileName: file.name,
      });
    }
    return {
      action: 'preview' as const,
      message: null,
      preview: preview.value,
      fileBase64,
      fileName: file.name,
    };
  },

  commit: async (event) => {
    const plan = await planningPlanFor(event, actionUser(event.locals), 'plan.manage');
    const form = await event.request.formData();
    const fileBase64 = text(form, 'fileBase64');
    const saved = await tryApi(
      createApi(event, { idempotencyKey: idempotencyKeyOf(form) }).targets.importCommit.mutate({
        planId: plan.id,
        fileBase64,
        reason: reasonOf(form),
      }),
    );
    if (saved.ok) redirect(303, `/ke-hoach/${plan.id}/doi-tuong?da-nhap=${saved.value.saved}`);
    return fail(saved.status, {
      action: 'commit' as const,
      message: saved.message,
      reasons: saved.issues.map((i) => i.message),
    });
  },
};
