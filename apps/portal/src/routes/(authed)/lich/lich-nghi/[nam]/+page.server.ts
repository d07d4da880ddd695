import { calendarYearInput, can } from '@kiemtra/domain';
import { error, fail, redirect } from '@sveltejs/kit';
import type { SignedInUser } from '$lib/api-types';
import {
  daysOffToText,
  issuesByField,
  parseDaysOffText,
  parseWorkingDaysText,
  type ScheduleField,
  workingDaysToText,
} from '$lib/calendar/schedule-text';
import { actorOf } from '$lib/planning/planning-access';
import { createApi } from '$lib/server/api';
import { fromApi, tryApi } from '$lib/server/api-error';
import type { Actions, PageServerLoad } from './$types';

const FORBIDDEN_MESSAGE = 'Chỉ quản trị kế hoạch (Sở Nội vụ) được cập nhật lịch nghỉ chính thức.';

/** The year in the address; a malformed one is a missing page. */
function yearOf(param: string): number {
  const parsed = calendarYearInput.safeParse({ year: Number(param) });
  if (!parsed.success) error(404, 'Không có lịch cho năm này (chỉ từ năm 1900 đến năm 2100).');
  return parsed.data.year;
}

/** The page is for those who keep the calendar; the API checks it again when saving. */
function requireAdmin(user: SignedInUser | null | undefined): void {
  if (!user || !can(actorOf(user), 'calendar.manage', { tenantId: user.tenantId }).allowed) {
    error(403, FORBIDDEN_MESSAGE);
  }
}

export interface ScheduleFormValues {
  source: string;
  daysOff: string;
  workingWeekendDays: string;
  expectedVersion: string;
}

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  requireAdmin(user);
  const year = yearOf(event.params.nam);
  const api = createApi(event);
  const [schedules, view] = await Promise.all([
    fromApi(api.calendar.schedules.query()),
    fromApi(api.calendar.year.query({ year })),
  ]);
  const stored = schedules.find((s) => s.year === year) ?? null;
  // A year without an announced schedule starts from the days off the Labour Code gives, so that
  // saving it does not drop Tết or Quốc khánh: the official schedule replaces the rules entirely.
  const values: ScheduleFormValues = stored
    ? {
        source: stored.schedule.source,
        daysOff: daysOffToText(stored.schedule.daysOff),
        workingWeekendDays: workingDaysToText(stored.schedule.workingWeekendDays),
        expectedVersion: String(stored.version),
      }
    : {
        source: '',
        daysOff: daysOffToText(
          view.daysOff.flatMap((d) =>
            d.kind === 'holiday' || d.kind === 'compensatory' || d.kind === 'swap'
              ? [{ date: d.date, name: d.name ?? d.label, kind: d.kind }]
              : [],
          ),
        ),
        workingWeekendDays: '',
        expectedVersion: '',
      };
  return {
    year,
    storedVersion: stored?.version ?? null,
    values,
  };
};

type FieldErrors = Record<ScheduleField, string[]>;
const noErrors = (): FieldErrors => ({ source: [], daysOff: [], workingWeekendDays: [], form: [] });

export const actions: Actions = {
  default: async (event) => {
    const { locals, params } = event;
    requireAdmin(locals.user);
    const year = yearOf(params.nam);
    const form = await event.request.formData();
    const values: ScheduleFormValues = {
      source: String(form.get('source') ?? ''),
      daysOff: String(form.get('daysOff') ?? ''),
      workingWeekendDays: String(form.get('workingWeekendDays') ?? ''),
      expectedVersion: String(form.get('expectedVersion') ?? ''),
    };

    const daysOff = parseDaysOffText(values.daysOff);
    const workingDays = parseWorkingDaysText(values.workingWeekendDays);
    if (daysOff.errors.length > 0 || workingDays.errors.length > 0) {
      const errors = { ...noErrors(), daysOff: daysOff.errors, workingWeekendDays: workingDays.errors };
      return fail(400, {
        values,
        errors,
        message: 'Có dòng chưa đúng cách ghi; hãy sửa các dòng được chỉ ra.',
        conflict: false,
      });
    }

    const expectedVersion = values.expectedVersion === '' ? null : Number(values.expectedVersion);
    const api = createApi(event);
    const saved = await tryApi(
      api.calendar.saveSchedule.mutate({
        schedule: {
          year,
          source: values.source,
          daysOff: daysOff.entries,
          workingWeekendDays: workingDays.entries,
        },
        expectedVersion,
      }),
    );
    if (saved.ok) redirect(303, `/lich?nam=${year}&da-luu=${saved.value.version}`);

    if (saved.status === 409) {
      return fail(409, { values, errors: noErrors(), message: saved.message, conflict: true });
    }
    const errors = issuesByField(saved.issues, {
      daysOff: daysOff.lines,
      workingWeekendDays: workingDays.lines,
    });
    // The API's message lists the issues with their technical paths; they are shown beside each
    // field instead, with the line they are about.
    const message =
      saved.issues.length > 0
        ? 'Lịch nghỉ chưa được lưu: có chỗ chưa đúng, xem ghi chú bên dưới từng ô.'
        : saved.message;
    return fail(saved.status, { values, errors, message, conflict: false });
  },
};
