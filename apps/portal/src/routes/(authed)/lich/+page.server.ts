import {
  addWorkingDaysInput,
  BASE_EVENT_LABELS,
  calendarYearInput,
  can,
  DEFAULT_DEADLINE_RULES_2024,
  type DeadlineRule,
  explainDeadlineInput,
  type WorkingDaysRule,
} from '@kiemtra/domain';
import { type ExplanationView, explanationView } from '$lib/calendar/explanation-view';
import { todayInVietnamIso } from '$lib/format';
import { actorOf } from '$lib/planning/planning-access';
import { createApi } from '$lib/server/api';
import { fromApi, tryApi } from '$lib/server/api-error';
import type { PageServerLoad } from './$types';

const isWorkingDaysRule = (r: DeadlineRule): r is WorkingDaysRule => r.kind === 'working_days';

/** The explainer's choice of rules: the 2024 plan's, each with its count in words. */
const RULE_OPTIONS = DEFAULT_DEADLINE_RULES_2024.filter(isWorkingDaysRule).map((r) => ({
  code: r.code,
  label: `${r.label} (${r.workingDays} ngày làm việc ${r.direction === 'before' ? 'trước' : 'sau'} ${BASE_EVENT_LABELS[r.baseEvent]})`,
}));

const firstMessage = (issues: readonly { message: string }[], fallback: string) =>
  issues[0]?.message ?? fallback;

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const params = event.url.searchParams;
  const api = createApi(event);
  // "This year" is the year in Vietnam, whatever the server's own time zone.
  const thisYear = Number(todayInVietnamIso(new Date()).slice(0, 4));

  const yearText = params.get('nam')?.trim() || String(thisYear);
  const yearInput = calendarYearInput.safeParse({ year: Number(yearText) });
  const year = yearInput.success ? yearInput.data.year : thisYear;
  const yearError = yearInput.success ? null : firstMessage(yearInput.error.issues, 'Năm chưa đúng.');

  // The working-day calculator, when its form was sent.
  const sum = {
    from: params.get('tu') ?? '',
    days: params.get('so-ngay') ?? '',
    error: null as string | null,
    result: null as { date: string; dateText: string; scheduleStatus: string } | null,
  };
  const sumCall = (async () => {
    if (!params.has('tu') && !params.has('so-ngay')) return;
    const input = addWorkingDaysInput.safeParse({
      date: sum.from,
      days: sum.days.trim() === '' ? Number.NaN : Number(sum.days),
    });
    if (!input.success) {
      sum.error = firstMessage(input.error.issues, 'Dữ liệu chưa đúng.');
      return;
    }
    const answer = await tryApi(api.calendar.addWorkingDays.query(input.data));
    if (answer.ok) sum.result = answer.value;
    else sum.error = answer.message;
  })();

  // The deadline explainer, when its form was sent.
  const explain = {
    code: params.get('thoi-han') ?? RULE_OPTIONS[0]?.code ?? '',
    baseDate: params.get('moc') ?? '',
    reading: params.get('cach-doc') ?? '',
    error: null as string | null,
    result: null as { label: string; view: ExplanationView } | null,
  };
  const explainCall = (async () => {
    if (!params.has('moc')) return;
    const input = explainDeadlineInput.safeParse({
      code: explain.code,
      baseDate: explain.baseDate,
      reading: explain.reading === '' ? undefined : explain.reading,
    });
    if (!input.success) {
      explain.error = firstMessage(input.error.issues, 'Dữ liệu chưa đúng.');
      return;
    }
    const answer = await tryApi(api.calendar.explain.query(input.data));
    if (answer.ok) explain.result = { label: answer.value.label, view: explanationView(answer.value) };
    else explain.error = answer.message;
  })();

  const [calendar] = await Promise.all([fromApi(api.calendar.year.query({ year })), sumCall, explainCall]);

  return {
    year,
    yearText,
    yearError,
    calendar,
    canEdit: can(actorOf(user), 'calendar.manage', { tenantId: user.tenantId }).allowed,
    savedVersion: params.get('da-luu'),
    sum,
    explain,
    ruleOptions: RULE_OPTIONS,
  };
};
