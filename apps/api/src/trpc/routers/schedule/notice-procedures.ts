import {
  findInspection,
  type InspectionRecord,
  insertDeadlineMoves,
  insertScheduleNotice,
  lastSupersededNoticeId,
  listScheduleNotices,
  type PlanForPlanning,
  supersedeCurrentNotice,
  updateInspectionSchedule,
  withActor,
} from '@kiemtra/db';
import {
  inspectionByIdInput,
  inspectionStatusAfter,
  type LocalDate,
  type NoticeRecord,
  parseIsoDate,
  recordNoticeInput,
  rescheduleInput,
  todayInVietnam,
  toIsoDate,
  visitDeadlines,
  type WorkingCalendar,
} from '@kiemtra/domain';
import { movesOf } from '../../../calendar/deadline-moves-of.js';
import { notify, visitRef } from '../../../notifications/notify.js';
import { auditActorOf } from '../../audit-actor.js';
import { assertAccepted, conflict } from '../../errors.js';
import { idempotentCreate } from '../../idempotent-create.js';
import { authedProcedure } from '../../init.js';
import { toNoticeDto, toScheduledInspectionDto } from './schedule.dto.js';
import { assertSchedule, inspectionFor, inspectionToSchedule } from './schedule-context.js';

async function noticeHistory(db: Parameters<typeof listScheduleNotices>[0], inspectionId: string) {
  const stored = await listScheduleNotices(db, inspectionId);
  const records: NoticeRecord[] = stored.map((n) => ({
    number: n.number,
    date: parseIsoDate(n.noticeDate),
    recipients: n.recipients,
    state: n.state,
    ...(n.amendsNumber ? { amends: n.amendsNumber } : {}),
  }));
  return records;
}

/** The deadlines the notice announces, counted with the notice sent on its date. */
function deadlinesAnnounced(
  plan: PlanForPlanning,
  dates: readonly string[],
  noticeDate: LocalDate,
  calendar: WorkingCalendar,
  today: LocalDate,
) {
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return [];
  return visitDeadlines({
    facts: {
      status: 'notified',
      form: 'on_site',
      visitDates: sorted.map(parseIsoDate),
      scheduleNoticeSentOn: noticeDate,
    },
    rules: plan.deadlineRules,
    reading: plan.deadlineReading,
    calendar,
    today,
  });
}

const snapshot = (d: ReturnType<typeof deadlinesAnnounced>) =>
  d.map((x) => ({ code: x.code, label: x.label, dueDate: toIsoDate(x.dueDate) }));

async function reread(db: Parameters<typeof findInspection>[0], id: string): Promise<InspectionRecord> {
  const saved = await findInspection(db, id);
  if (!saved) throw new Error('the inspection is missing');
  return saved;
}

/** Records the schedule notice sent to the unit: the visit becomes "Đã thông báo" and the unit sees it. */
export const recordNotice = authedProcedure
  .input(recordNoticeInput)
  .use(idempotentCreate)
  .mutation(async ({ ctx, input }) => {
    const { inspection, plan } = await inspectionToSchedule(ctx.db, ctx.actor, input);
    const notices = await noticeHistory(ctx.db, inspection.id);
    const noticeDate = parseIsoDate(input.notice.date);
    const next = inspectionStatusAfter(
      { type: 'record_notice', notice: { ...input.notice, date: noticeDate } },
      { status: inspection.status, dates: inspection.visitDates.map(parseIsoDate), notices },
    );
    assertAccepted(next);
    const calendar = await ctx.calendar.current(ctx.db);
    const today = todayInVietnam(ctx.clock.now());
    const deadlines = deadlinesAnnounced(plan, inspection.visitDates, noticeDate, calendar, today);
    await withActor(ctx.db, auditActorOf(ctx.profile), async (trx) => {
      const version = await updateInspectionSchedule(trx, inspection.id, input.expectedVersion, {
        status: 'notified',
        form: inspection.form,
        place: inspection.place,
        visitDates: inspection.visitDates,
        lateNoticeReason: inspection.lateNoticeReason,
      });
      if (version === null) throw conflict('Lịch kiểm tra');
      const noticeId = await insertScheduleNotice(trx, {
        tenantId: inspection.tenantId,
        planId: plan.id,
        inspectionId: inspection.id,
        number: input.notice.number,
        noticeDate: input.notice.date,
        recipients: input.notice.recipients,
        // After a reschedule without a notice, this one amends the superseded notice.
        amendsNoticeId: next.state.notices.at(-1)?.amends
          ? await lastSupersededNoticeId(trx, inspection.id)
          : null,
        visitDates: inspection.visitDates,
        deadlines: snapshot(deadlines),
        lateNoticeReason: inspection.lateNoticeReason,
      });
      // The unit's officer and head learn of their visit and of their report's due date.
      await notify(
        trx,
        ctx.clock,
        inspection.tenantId,
        {
          ...(await visitRef(trx, inspection)),
          type: 'schedule_notice',
          noticeId,
          visitDates: inspection.visitDates.map(parseIsoDate),
          reportDueDate: deadlines.find((d) => d.code === 'UNIT_REPORT')?.dueDate ?? null,
        },
        ctx.actor,
      );
    });
    return toScheduledInspectionDto(await reread(ctx.db, inspection.id), deadlines, []);
  });

/**
 * New dates after the notice: the notice in force is superseded (kept, with the deadlines it
 * announced) and the amended notice, if given, becomes the one in force; every deadline is counted again.
 */
export const reschedule = authedProcedure.input(rescheduleInput).mutation(async ({ ctx, input }) => {
  const { inspection, plan } = await inspectionToSchedule(ctx.db, ctx.actor, input);
  const notices = await noticeHistory(ctx.db, inspection.id);
  const amended = input.amendedNotice;
  const next = inspectionStatusAfter(
    {
      type: 'reschedule',
      dates: input.dates.map(parseIsoDate),
      amendedNotice: amended === null ? null : { ...amended, date: parseIsoDate(amended.date) },
    },
    { status: inspection.status, dates: inspection.visitDates.map(parseIsoDate), notices },
  );
  assertAccepted(next);
  const calendar = await ctx.calendar.current(ctx.db);
  const today = todayInVietnam(ctx.clock.now());
  const checked = await assertSchedule(ctx.db, {
    inspection,
    plan,
    dates: input.dates,
    form: inspection.form,
    lateNoticeReason: input.lateNoticeReason,
    calendar,
    today,
  });
  const late = checked.warnings.some((w) => w.code === 'late_notice') ? input.lateNoticeReason : null;
  const deadlines =
    amended === null
      ? checked.deadlines
      : deadlinesAnnounced(plan, input.dates, parseIsoDate(amended.date), calendar, today);
  const reason = `Điều chỉnh lịch kiểm tra${amended ? ` (thông báo điều chỉnh số ${amended.number})` : ''}`;
  const sortedDates = [...input.dates].sort();
  const moves = movesOf({
    before: inspection,
    after: { ...inspection, visitDates: sortedDates },
    settings: { rules: plan.deadlineRules, reading: plan.deadlineReading },
    calendars: { before: calendar, after: calendar },
    today,
    cause: 'rescheduled',
    ...(amended ? { detail: `thông báo điều chỉnh số ${amended.number}` } : {}),
    actorName: ctx.profile.displayName,
  });
  await withActor(ctx.db, auditActorOf(ctx.profile, reason), async (trx) => {
    const version = await updateInspectionSchedule(trx, inspection.id, input.expectedVersion, {
      status: next.state.status,
      form: inspection.form,
      place: input.place ?? inspection.place,
      visitDates: input.dates,
      lateNoticeReason: late,
    });
    if (version === null) throw conflict('Lịch kiểm tra');
    await insertDeadlineMoves(trx, moves);
    if (moves.length > 0)
      await notify(
        trx,
        ctx.clock,
        inspection.tenantId,
        {
          ...(await visitRef(trx, inspection)),
          type: 'schedule_changed',
          changeId: `${inspection.id}:v${version}`,
          unitInformed: inspection.currentNoticeDate !== null,
          moves: moves.map((m) => ({
            label: m.label,
            from: parseIsoDate(m.fromDate),
            to: parseIsoDate(m.toDate),
          })),
          why: reason,
        },
        ctx.actor,
      );
    const superseded = await supersedeCurrentNotice(trx, inspection.id);
    if (amended !== null) {
      await insertScheduleNotice(trx, {
        tenantId: inspection.tenantId,
        planId: plan.id,
        inspectionId: inspection.id,
        number: amended.number,
        noticeDate: amended.date,
        recipients: amended.recipients,
        amendsNoticeId: superseded,
        visitDates: input.dates,
        deadlines: snapshot(deadlines),
        lateNoticeReason: late,
      });
    }
  });
  return toScheduledInspectionDto(await reread(ctx.db, inspection.id), deadlines, checked.warnings);
});

/** Every schedule notice of a visit, the superseded ones with the dates and deadlines they announced. */
export const notices = authedProcedure.input(inspectionByIdInput).query(async ({ ctx, input }) => {
  const { inspection } = await inspectionFor(ctx.db, ctx.actor, 'inspection.read', input.inspectionId);
  return (await listScheduleNotices(ctx.db, inspection.id)).map(toNoticeDto);
});
