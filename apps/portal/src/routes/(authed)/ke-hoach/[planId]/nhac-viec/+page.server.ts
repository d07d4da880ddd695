import { fail, redirect } from '@sveltejs/kit';
import { issuesByField } from '$lib/planning/field-issues';
import { actionUser, planningPlanFor } from '$lib/planning/planning-plan.server';
import { parseReminderSteps, reminderFieldOf, STEPS_FORMAT_MESSAGE } from '$lib/planning/reminder-form';
import { createApi } from '$lib/server/api';
import { fromApi, tryApi } from '$lib/server/api-error';
import type { Actions, PageServerLoad } from './$types';

/** When the plan reminds whoever must act, and when Sở Nội vụ is told of what is overdue. */
export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const plan = await planningPlanFor(event, user, 'plan.manage');
  const settings = await fromApi(createApi(event).plans.reminderSettings.query({ planId: plan.id }));
  return { plan, settings, saved: event.url.searchParams.has('da-luu') };
};

export const actions: Actions = {
  save: async (event) => {
    const user = actionUser(event.locals);
    const plan = await planningPlanFor(event, user, 'plan.manage');
    const form = await event.request.formData();
    const values = {
      beforeWorkingDays: String(form.get('beforeWorkingDays') ?? ''),
      escalateAfterWorkingDays: String(form.get('escalateAfterWorkingDays') ?? ''),
    };
    const steps = parseReminderSteps(values.beforeWorkingDays);
    const escalate = Number(values.escalateAfterWorkingDays);
    if (steps === null || !Number.isInteger(escalate) || values.escalateAfterWorkingDays.trim() === '') {
      return fail(400, {
        values,
        conflict: false,
        errors: {
          ...(steps === null && { beforeWorkingDays: [STEPS_FORMAT_MESSAGE] }),
          ...((!Number.isInteger(escalate) || values.escalateAfterWorkingDays.trim() === '') && {
            escalateAfterWorkingDays: ['Hãy ghi một số nguyên ngày làm việc, ví dụ 3.'],
          }),
        },
      });
    }
    const saved = await tryApi(
      createApi(event).plans.setReminderSettings.mutate({
        planId: plan.id,
        expectedVersion: Number(form.get('expectedVersion') ?? 0),
        settings: { beforeWorkingDays: steps, escalateAfterWorkingDays: escalate },
      }),
    );
    if (saved.ok) redirect(303, `/ke-hoach/${plan.id}/nhac-viec?da-luu`);
    return fail(saved.status, {
      values,
      conflict: saved.status === 409,
      message: saved.message,
      errors: issuesByField(saved.issues, reminderFieldOf),
    });
  },
};
