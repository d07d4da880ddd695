import { findInspection, updateInspectionSchedule, withActor } from '@kiemtra/db';
import { inspectionStatusAfter, parseIsoDate, scheduleSetInput, todayInVietnam } from '@kiemtra/domain';
import { auditActorOf } from '../../audit-actor.js';
import { assertAccepted, conflict } from '../../errors.js';
import { authedProcedure } from '../../init.js';
import { toScheduledInspectionDto } from './schedule.dto.js';
import { assertSchedule, inspectionToSchedule } from './schedule-context.js';

/** The team leader sets a visit's dates, form and place, before the notice goes out. */
export const setSchedule = authedProcedure.input(scheduleSetInput).mutation(async ({ ctx, input }) => {
  const { inspection, plan } = await inspectionToSchedule(ctx.db, ctx.actor, input);
  const next = inspectionStatusAfter(
    { type: 'set_dates', dates: input.dates.map(parseIsoDate) },
    { status: inspection.status, dates: inspection.visitDates.map(parseIsoDate), notices: [] },
  );
  assertAccepted(next);
  const calendar = await ctx.calendar.current(ctx.db);
  const today = todayInVietnam(ctx.clock.now());
  const checked = await assertSchedule(ctx.db, {
    inspection,
    plan,
    dates: input.dates,
    form: input.form,
    lateNoticeReason: input.lateNoticeReason,
    calendar,
    today,
  });
  const late = checked.warnings.some((w) => w.code === 'late_notice') ? input.lateNoticeReason : null;
  await withActor(ctx.db, auditActorOf(ctx.profile, late ?? undefined), async (trx) => {
    const version = await updateInspectionSchedule(trx, inspection.id, input.expectedVersion, {
      status: 'scheduled',
      form: input.form,
      place: input.place,
      visitDates: input.dates,
      lateNoticeReason: late,
    });
    if (version === null) throw conflict('Lịch kiểm tra');
  });
  const saved = await findInspection(ctx.db, inspection.id);
  if (!saved) throw new Error('the inspection is missing');
  return toScheduledInspectionDto(saved, checked.deadlines, checked.warnings);
});
