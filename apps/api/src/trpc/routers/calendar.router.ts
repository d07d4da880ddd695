import {
  findPlanDeadlineSettings,
  listLawHolidayRules,
  listOfficialSchedules,
  saveLawHolidayRule,
  saveSchedule,
  withActor,
} from '@kiemtra/db';
import {
  addWorkingDaysInput,
  calendarYearInput,
  computeDeadline,
  DEFAULT_DEADLINE_RULES_2024,
  DomainError,
  explainDeadlineInput,
  formatVietnameseWithWeekday,
  LAW_HOLIDAY_STATUS_LABELS,
  parseIsoDate,
  saveLawHolidayInput,
  saveScheduleInput,
  scheduleLawHolidayIssues,
  scheduleStatusLabel,
  todayInVietnam,
  toIsoDate,
} from '@kiemtra/domain';
import { buildStoredCalendar } from '../../calendar/calendar-provider.js';
import { recordCalendarEditMoves } from '../../calendar/deadline-moves-of.js';
import { auditActorOf } from '../audit-actor.js';
import { toDeadlineExplanationDto } from '../dto/deadline.dto.js';
import { toYearViewDto } from '../dto/year-view.dto.js';
import { refusal } from '../errors.js';
import { procedureFor, router } from '../init.js';

export const calendarRouter = router({
  /** A year's working days, holidays with their names and swapped days, and whether the year is official. */
  year: procedureFor('calendar.read')
    .input(calendarYearInput)
    .query(async ({ ctx, input }) =>
      toYearViewDto((await ctx.calendar.current(ctx.db)).yearView(input.year)),
    ),

  /** Adds (or, with a negative number, subtracts) working days; the start day is not counted. */
  addWorkingDays: procedureFor('calendar.read')
    .input(addWorkingDaysInput)
    .query(async ({ ctx, input }) => {
      const calendar = await ctx.calendar.current(ctx.db);
      const result = calendar.addWorkingDays(parseIsoDate(input.date), input.days);
      const info = calendar.dayInfo(result);
      return {
        date: toIsoDate(result),
        dateText: formatVietnameseWithWeekday(result),
        scheduleStatus: info.scheduleStatus,
      };
    }),

  /** A deadline computed from a base date under a plan's rules (the 2024 rules by default), explained. */
  explain: procedureFor('calendar.read')
    .input(explainDeadlineInput)
    .query(async ({ ctx, input }) => {
      const settings = input.planId
        ? await findPlanDeadlineSettings(ctx.db, input.planId)
        : { rules: DEFAULT_DEADLINE_RULES_2024, reading: 'A' as const };
      if (!settings) throw new DomainError('NOT_FOUND', 'Không tìm thấy kế hoạch kiểm tra này.');
      const rule = settings.rules.find((r) => r.code === input.code);
      if (rule?.kind !== 'working_days') {
        throw new DomainError(
          'RULE_VIOLATION',
          'Thời hạn này do Đoàn kiểm tra ấn định cho từng kiến nghị, không tính theo ngày làm việc.',
        );
      }
      const calendar = await ctx.calendar.current(ctx.db);
      const computed = computeDeadline({
        rule,
        baseDate: parseIsoDate(input.baseDate),
        calendar,
        reading: input.reading ?? settings.reading,
      });
      return { code: rule.code, label: rule.label, ...toDeadlineExplanationDto(computed) };
    }),

  /** The stored official schedules, each with its version for editing. */
  schedules: procedureFor('calendar.read').query(async ({ ctx }) => {
    const stored = await listOfficialSchedules(ctx.db);
    return stored.map((s) => ({
      year: s.year,
      version: s.version,
      updatedAt: s.updatedAt,
      schedule: s.schedule,
    }));
  }),

  /** An administrator adds or corrects a year's schedule; in force on the next request, audited. */
  saveSchedule: procedureFor('calendar.manage')
    .input(saveScheduleInput)
    .mutation(async ({ ctx, input }) => {
      const before = await ctx.calendar.current(ctx.db);
      const saved = await withActor(ctx.db, auditActorOf(ctx.profile), async (trx) => {
        // The holidays later laws added, as recorded now: a schedule may not leave them out either.
        const rules = (await listLawHolidayRules(trx)).map((r) => r.rule);
        const issues = scheduleLawHolidayIssues(input.schedule, rules);
        if (issues.length > 0) {
          throw refusal(
            issues.map((i) => ({ code: 'law_holiday_removed', message: i.message, field: 'daysOff' })),
            'INVALID_INPUT',
          );
        }
        const row = await saveSchedule(trx, input.schedule, input.expectedVersion);
        if (!row) return row;
        // The visits whose deadlines the edit moved keep the old and new due dates in their history.
        await recordCalendarEditMoves(trx, {
          year: input.schedule.year,
          calendars: { before, after: await buildStoredCalendar(trx) },
          today: todayInVietnam(ctx.clock.now()),
          actorName: ctx.profile.displayName,
          notifyAt: { clock: ctx.clock, actor: ctx.actor },
        });
        return row;
      });
      if (!saved) {
        throw new DomainError(
          'CONFLICT',
          `Lịch nghỉ năm ${input.schedule.year} vừa được người khác cập nhật (hoặc đã có). Hãy tải lại để xem bản mới rồi sửa tiếp.`,
        );
      }
      return { year: saved.year, version: saved.version, statusLabel: scheduleStatusLabel('official') };
    }),

  /** The holidays later laws added or announced, each with its state and basis, for the calendar page. */
  lawHolidays: procedureFor('calendar.read').query(async ({ ctx }) =>
    (await listLawHolidayRules(ctx.db)).map((r) => ({
      id: r.id,
      version: r.version,
      updatedAt: r.updatedAt,
      ...r.rule,
      statusLabel: LAW_HOLIDAY_STATUS_LABELS[r.rule.status],
    })),
  ),

  /**
   * An administrator records a holiday a law added, or decides an announced one (in force from a
   * date, or not adopted); every deadline is counted with it from the next request. Audited.
   */
  saveLawHoliday: procedureFor('calendar.manage')
    .input(saveLawHolidayInput)
    .mutation(async ({ ctx, input }) => {
      const result = await withActor(ctx.db, auditActorOf(ctx.profile), (trx) =>
        saveLawHolidayRule(trx, input),
      );
      if (result.kind === 'conflict') {
        throw new DomainError(
          'CONFLICT',
          'Ngày lễ này vừa được người khác cập nhật. Hãy tải lại trang để xem quyết định mới rồi sửa tiếp.',
        );
      }
      if (result.kind === 'day_taken') {
        throw refusal(
          [
            {
              code: 'law_holiday_day_taken',
              message: `Ngày ${input.rule.day}/${input.rule.month} đã có trong danh sách ngày lễ theo luật: hãy sửa dòng đó thay vì thêm dòng mới.`,
              field: 'day',
            },
          ],
          'INVALID_INPUT',
        );
      }
      return { id: result.stored.id, version: result.stored.version };
    }),
});
