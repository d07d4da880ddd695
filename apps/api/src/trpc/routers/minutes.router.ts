import {
  findMinutes,
  findTeam,
  type MinutesRecord,
  saveMinutes,
  updateInspectionStatus,
  withActor,
} from '@kiemtra/db';
import {
  checkMinutes,
  checkTeamWorkOpen,
  DomainError,
  inspectionProgressAfter,
  inspectionWorkInput,
  minutesSaveInput,
  parseIsoDate,
  toIsoDate,
} from '@kiemtra/domain';
import { toMinutesDto } from '../../inspection/minutes-dto.js';
import { inspectionFor, reread, todayOf } from '../../inspection/work-context.js';
import { auditActorOf } from '../audit-actor.js';
import { assertAccepted, conflict } from '../errors.js';
import { authedProcedure, router } from '../init.js';

const LOST_UPDATE = Symbol('minutes saved in between');

/** The refusal of a lost update, naming who saved the minutes in between. */
function minutesConflict(current: MinutesRecord | null): DomainError {
  if (current?.updatedByName == null) return conflict('Biên bản');
  return new DomainError(
    'CONFLICT',
    `Biên bản vừa được ${current.updatedByName} lưu (phiên bản ${current.version}); nội dung bạn nhập chưa được lưu. Hãy xem bản mới nhất, ghép phần bạn sửa rồi lưu lại.`,
  );
}

/** The minutes (biên bản) of a visit, written by its team together (seed III.2.c). */
export const minutesRouter = router({
  get: authedProcedure.input(inspectionWorkInput).query(async ({ ctx, input }) => {
    // The minutes are the team's working paper; the unit reads them with the issued conclusion.
    const { inspection } = await inspectionFor(ctx.db, ctx.actor, 'teamWork.read', input.inspectionId);
    const saved = await findMinutes(ctx.db, inspection.id);
    const team = inspection.teamId === null ? null : await findTeam(ctx.db, inspection.teamId);
    return toMinutesDto(saved, inspection, team);
  }),

  /**
   * Saves the minutes if nobody saved them in between (409 names who did). The first save of a
   * notified visit on or after its first on-site day starts the inspection.
   */
  save: authedProcedure.input(minutesSaveInput).mutation(async ({ ctx, input }) => {
    const { inspection } = await inspectionFor(ctx.db, ctx.actor, 'inspection.record', input.inspectionId);
    const today = todayOf(ctx.clock);
    const dates = inspection.visitDates.map(parseIsoDate);
    let starts = false;
    if (inspection.status === 'notified') {
      const started = inspectionProgressAfter(
        { type: 'start', today },
        { status: inspection.status, dates, notices: [] },
      );
      assertAccepted(started);
      starts = true;
    } else {
      assertAccepted(checkTeamWorkOpen(inspection.status));
    }
    const first = dates.toSorted((a, b) => a - b)[0];
    if (first === undefined) throw new DomainError('RULE_VIOLATION', 'Cuộc kiểm tra chưa có ngày kiểm tra.');
    assertAccepted(checkMinutes(input.minutes, { firstOnSiteDay: first }), 'INVALID_INPUT');
    const m = input.minutes;
    await withActor(ctx.db, auditActorOf(ctx.profile), async (trx) => {
      if (starts) {
        const v = await updateInspectionStatus(trx, inspection.id, inspection.version, 'in_progress');
        if (v === null) throw conflict('Cuộc kiểm tra');
      }
      const version = await saveMinutes(trx, {
        tenantId: inspection.tenantId,
        inspectionId: inspection.id,
        expectedVersion: input.expectedVersion,
        fields: {
          date: toIsoDate(m.date),
          place: m.place,
          attendees: m.attendees,
          agenda: m.agenda,
          discussion: m.discussion,
          leaderConclusion: m.leaderConclusion,
        },
      });
      // Throwing rolls the start back too; the refusal is built after, outside the transaction.
      if (version === null) throw LOST_UPDATE;
      return version;
    }).catch(async (error: unknown) => {
      if (error === LOST_UPDATE) throw minutesConflict(await findMinutes(ctx.db, inspection.id));
      throw error;
    });
    const current = await findMinutes(ctx.db, inspection.id);
    const fresh = await reread(ctx.db, inspection.id);
    const team = fresh.teamId === null ? null : await findTeam(ctx.db, fresh.teamId);
    return toMinutesDto(current, fresh, team);
  }),
});
