import { inspectionByIdInput } from '@kiemtra/domain';
import { error, fail, redirect } from '@sveltejs/kit';
import { issuesByField } from '$lib/planning/field-issues';
import { canOnPlan } from '$lib/planning/planning-access';
import { actionUser, planIdOf } from '$lib/planning/planning-plan.server';
import { hasNotice, noticeOf, readScheduleForm, scheduleFieldOf } from '$lib/planning/schedule-form';
import { createApi } from '$lib/server/api';
import { fromApi, tryApi } from '$lib/server/api-error';
import { idempotencyKeyOf, newIdempotencyKey } from '$lib/server/idempotency';
import type { Actions, PageServerLoad } from './$types';

function inspectionIdOf(param: string): string {
  const input = inspectionByIdInput.safeParse({ inspectionId: param });
  if (!input.success) error(404, 'Không tìm thấy cuộc kiểm tra này.');
  return input.data.inspectionId;
}

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const planId = planIdOf(event.params.planId);
  const inspectionId = inspectionIdOf(event.params.inspectionId);
  const api = createApi(event);
  const [schedule, deadlines, notices, attendees] = await Promise.all([
    fromApi(api.schedule.get.query({ inspectionId })),
    fromApi(api.inspections.deadlines.query({ inspectionId })),
    fromApi(api.schedule.notices.query({ inspectionId })),
    fromApi(api.schedule.proposedAttendees.query({ inspectionId })),
  ]);
  if (schedule.planId !== planId) error(404, 'Cuộc kiểm tra này không thuộc kế hoạch đang xem.');
  // The team's leader schedules (the API checks that it is this team's); plan managers may too.
  const mayEdit =
    user.roles.includes('team_leader') ||
    canOnPlan(user, 'inspection.schedule', { ownerOrgUnitId: schedule.planOwnerOrgUnitId });
  return {
    idempotencyKey: newIdempotencyKey(),
    schedule,
    deadlines: deadlines.deadlines,
    notices,
    attendees,
    mayEdit,
    recipients: [...new Set([schedule.orgUnitName, ...attendees.map((a) => a.unitName)])].join('\n'),
    done: event.url.searchParams.get('da'),
  };
};

type Step = 'set' | 'notice' | 'reschedule';

function refused(
  step: Step,
  result: { status: number; message: string; issues: { path: string; message: string }[] },
  values: ReturnType<typeof readScheduleForm>,
) {
  return fail(result.status, {
    step,
    values,
    errors: issuesByField(result.issues, scheduleFieldOf),
    conflict: result.status === 409,
    message:
      result.issues.length > 0
        ? 'Chưa lưu được: có chỗ chưa đúng, xem lý do bên dưới từng ô.'
        : result.message,
  });
}

export const actions: Actions = {
  set: async (event) => {
    actionUser(event.locals);
    const inspectionId = inspectionIdOf(event.params.inspectionId);
    const form = await event.request.formData();
    const values = readScheduleForm(form);
    const saved = await tryApi(
      createApi(event).schedule.set.mutate({
        inspectionId,
        expectedVersion: Number(form.get('expectedVersion')),
        dates: values.dates,
        form: values.form as 'on_site' | 'desk',
        place: values.place || null,
        lateNoticeReason: values.lateNoticeReason || null,
      }),
    );
    if (saved.ok) redirect(303, `${event.url.pathname}?da=lap-lich`);
    return refused('set', saved, values);
  },

  notice: async (event) => {
    actionUser(event.locals);
    const inspectionId = inspectionIdOf(event.params.inspectionId);
    const form = await event.request.formData();
    const values = readScheduleForm(form);
    const saved = await tryApi(
      createApi(event, { idempotencyKey: idempotencyKeyOf(form) }).schedule.recordNotice.mutate({
        inspectionId,
        expectedVersion: Number(form.get('expectedVersion')),
        notice: noticeOf(values),
      }),
    );
    if (saved.ok) redirect(303, `${event.url.pathname}?da=thong-bao`);
    return refused('notice', saved, values);
  },

  reschedule: async (event) => {
    actionUser(event.locals);
    const inspectionId = inspectionIdOf(event.params.inspectionId);
    const form = await event.request.formData();
    const values = readScheduleForm(form);
    const saved = await tryApi(
      createApi(event).schedule.reschedule.mutate({
        inspectionId,
        expectedVersion: Number(form.get('expectedVersion')),
        dates: values.dates,
        place: values.place || null,
        lateNoticeReason: values.lateNoticeReason || null,
        amendedNotice: hasNotice(values) ? noticeOf(values) : null,
      }),
    );
    if (saved.ok) redirect(303, `${event.url.pathname}?da=dieu-chinh`);
    return refused('reschedule', saved, values);
  },
};
