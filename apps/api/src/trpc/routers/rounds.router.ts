import {
  closeRound,
  findSummaryReport,
  findTeam,
  insertRound,
  listRounds,
  listVisibleInspections,
  withActor,
} from '@kiemtra/db';
import {
  can,
  checkRoundClosable,
  DomainError,
  planByIdInput,
  roundByIdInput,
  roundCloseInput,
  roundCreateInput,
  summaryReportDeadline,
  toIsoDate,
} from '@kiemtra/domain';
import { roundFor, roundResource, toDomainRound, toRoundDto } from '../../inspection/round-context.js';
import { todayOf } from '../../inspection/work-context.js';
import { notify } from '../../notifications/notify.js';
import { planAdminsOf } from '../../notifications/visit-people.js';
import { planFor } from '../../planning/plan-access.js';
import { auditActorOf } from '../audit-actor.js';
import { assertAccepted, conflict } from '../errors.js';
import { idempotentCreate } from '../idempotent-create.js';
import { authedProcedure, authorize, router } from '../init.js';

/** Rounds (đợt kiểm tra) per team; closing one starts the summary report's 20 working days (III.2.e). */
export const roundsRouter = router({
  /** The rounds of a plan the actor may read: of its own team, or all for those who follow every visit. */
  list: authedProcedure.input(planByIdInput).query(async ({ ctx, input }) => {
    const plan = await planFor(ctx.db, ctx.actor, 'plan.read', input.planId);
    const rounds = (await listRounds(ctx.db, plan.id)).filter(
      (r) => can(ctx.actor, 'inspection.read', roundResource(r, plan)).allowed,
    );
    const inspections = await listVisibleInspections(ctx.db, {
      tenantId: plan.tenantId,
      visibility: { kind: 'all' },
      planId: plan.id,
    });
    const calendar = await ctx.calendar.current(ctx.db);
    const today = todayOf(ctx.clock);
    return Promise.all(
      rounds.map(async (r) => {
        const summary = await findSummaryReport(ctx.db, r.id);
        const own = inspections.filter((i) => r.inspectionIds.includes(i.id));
        return toRoundDto(r, own, plan, calendar, today, summary?.issuedOn ?? null);
      }),
    );
  }),

  create: authedProcedure
    .input(roundCreateInput)
    .use(idempotentCreate)
    .mutation(async ({ ctx, input }) => {
      const plan = await planFor(ctx.db, ctx.actor, 'plan.read', input.planId);
      const team = await findTeam(ctx.db, input.teamId);
      if (!team || team.planId !== plan.id)
        throw new DomainError('NOT_FOUND', 'Không tìm thấy Đoàn kiểm tra này trong kế hoạch.');
      const leader = team.members.find((m) => m.role === 'leader')?.userId ?? null;
      const teamUserIds = team.members.flatMap((m) => (m.userId ? [m.userId] : []));
      authorize(ctx.actor, 'round.manage', roundResource({ teamLeaderUserId: leader, teamUserIds }, plan));
      const inspections = await listVisibleInspections(ctx.db, {
        tenantId: plan.tenantId,
        visibility: { kind: 'all' },
        planId: plan.id,
      });
      const foreign = input.inspectionIds.filter(
        (id) => !inspections.some((i) => i.id === id && i.teamId === team.id),
      );
      if (foreign.length > 0) {
        throw new DomainError(
          'INVALID_INPUT',
          'Đợt kiểm tra chỉ gồm các cuộc kiểm tra của chính Đoàn này trong kế hoạch.',
        );
      }
      const id = await withActor(ctx.db, auditActorOf(ctx.profile), (trx) =>
        insertRound(trx, {
          tenantId: plan.tenantId,
          planId: plan.id,
          teamId: team.id,
          name: input.name,
          inspectionIds: input.inspectionIds,
        }),
      );
      return { id };
    }),

  get: authedProcedure.input(roundByIdInput).query(async ({ ctx, input }) => {
    const { round, plan, inspections } = await roundFor(ctx.db, ctx.actor, 'inspection.read', input.roundId);
    const summary = await findSummaryReport(ctx.db, round.id);
    const calendar = await ctx.calendar.current(ctx.db);
    return toRoundDto(round, inspections, plan, calendar, todayOf(ctx.clock), summary?.issuedOn ?? null);
  }),

  /** Closes the round today, once every visit of it is dated and its last on-site day has come. */
  close: authedProcedure.input(roundCloseInput).mutation(async ({ ctx, input }) => {
    const { round, plan, inspections } = await roundFor(ctx.db, ctx.actor, 'round.manage', input.roundId);
    const today = todayOf(ctx.clock);
    assertAccepted(checkRoundClosable({ round: toDomainRound(round, inspections), today }));
    const calendar = await ctx.calendar.current(ctx.db);
    const v = await withActor(ctx.db, auditActorOf(ctx.profile), async (trx) => {
      const version = await closeRound(trx, round.id, input.expectedVersion, toIsoDate(today));
      if (version === null) return null;
      // Sở Nội vụ learns the round ended and when its summary report is due.
      const closed = { ...round, closedOn: toIsoDate(today) };
      const due = summaryReportDeadline({
        round: toDomainRound(closed, inspections),
        rules: plan.deadlineRules,
        calendar,
        today,
      });
      const owner = inspections[0]?.planOwnerUnitId;
      if (due.ok && owner !== undefined)
        await notify(
          trx,
          ctx.clock,
          ctx.actor.tenantId,
          {
            type: 'round_closed',
            roundId: round.id,
            roundName: round.name,
            summaryDueDate: due.deadline.dueDate,
            planAdminIds: await planAdminsOf(trx, ctx.actor.tenantId, owner),
          },
          ctx.actor,
        );
      return version;
    });
    if (v === null) throw conflict('Đợt kiểm tra');
    const fresh = await roundFor(ctx.db, ctx.actor, 'round.manage', round.id);
    return toRoundDto(fresh.round, fresh.inspections, plan, calendar, today, null);
  }),
});
