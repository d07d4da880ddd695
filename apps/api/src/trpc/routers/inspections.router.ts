import {
  type Database,
  findInspection,
  findPlanDeadlineSettings,
  type InspectionRecord,
  listDeadlineMoves,
  listPlanDeadlineSettings,
  listRecommendationsOf,
} from '@kiemtra/db';
import {
  type Actor,
  DomainError,
  headlineDeadline,
  inspectionByIdInput,
  inspectionListInput,
  overdueCount,
  overdueCountLabel,
  todayInVietnam,
} from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { deadlinesOf } from '../../calendar/deadlines-of.js';
import { listInspectionPage } from '../../inspection/inspection-page.js';
import { toRecommendation } from '../../inspection/recommendation-model.js';
import { todoListOf, toTodoDto } from '../../inspection/todo-list.js';
import { toDeadlineMoveDto, toDeadlineSummaryDto, toInspectionDeadlineDto } from '../dto/deadline.dto.js';
import { toInspectionDto } from '../dto/inspection.dto.js';
import { authedProcedure, authorize, router } from '../init.js';
import { inspectionResource } from './schedule/schedule-context.js';

/** Loads one inspection and checks, first, that the actor may read it. */
async function readableInspection(
  db: Kysely<Database>,
  actor: Actor,
  inspectionId: string,
): Promise<InspectionRecord> {
  const inspection = await findInspection(db, inspectionId);
  if (!inspection || inspection.tenantId !== actor.tenantId) {
    throw new DomainError('NOT_FOUND', 'Không tìm thấy cuộc kiểm tra này.');
  }
  authorize(actor, 'inspection.read', inspectionResource(inspection));
  return inspection;
}

export const inspectionsRouter = router({
  /**
   * One page of the inspections the actor may see (all for Sở Nội vụ and leadership, the team's for
   * inspectors, its own for a unit), of one plan or one year's plans, or the plans still current (the default, see isPlanCurrent).
   */
  list: authedProcedure.input(inspectionListInput).query(async ({ ctx, input }) => {
    const page = await listInspectionPage(ctx, ctx.actor, input);
    const rows = page.items;
    const recommendations =
      rows.length === 0
        ? []
        : await listRecommendationsOf(
            ctx.db,
            rows.map((r) => r.id),
          );
    const today = todayInVietnam(ctx.clock.now());
    const [settings, calendar] = await Promise.all([
      listPlanDeadlineSettings(
        ctx.db,
        rows.map((r) => r.planId),
      ),
      ctx.calendar.current(ctx.db),
    ]);
    const items = rows.map((row) => {
      const own = recommendations.filter((r) => r.inspectionId === row.id);
      // The overdue flag of every list that shows the visit (home pages, rounds), by the domain's rule.
      const overdue = overdueCount(row.status, own.map(toRecommendation), today);
      const planSettings = settings.get(row.planId);
      // Each row's deadlines by the domain's one rule, and the one the row shows.
      const deadlines = planSettings ? deadlinesOf(row, planSettings, calendar, today, own) : [];
      return {
        ...toInspectionDto(row),
        overdueRecommendations: overdue,
        overdueLabel: overdueCountLabel(overdue) ?? null,
        deadlines: deadlines.map(toDeadlineSummaryDto),
        headlineDeadlineKey: headlineDeadline(deadlines)?.key ?? null,
      };
    });
    return { items, nextCursor: page.nextCursor, scope: page.scope, years: page.years };
  }),

  /** "Việc cần làm": what falls to the signed-in person, soonest due first (domain todoItems, can() per visit). */
  todo: authedProcedure.query(async ({ ctx }) => (await todoListOf(ctx, ctx.actor)).map(toTodoDto)),

  get: authedProcedure
    .input(inspectionByIdInput)
    .query(async ({ ctx, input }) =>
      toInspectionDto(await readableInspection(ctx.db, ctx.actor, input.inspectionId)),
    ),

  /** The visit's deadlines with their state today and how each date was counted, and the moves of their due dates. */
  deadlines: authedProcedure.input(inspectionByIdInput).query(async ({ ctx, input }) => {
    const inspection = await readableInspection(ctx.db, ctx.actor, input.inspectionId);
    const settings = await findPlanDeadlineSettings(ctx.db, inspection.planId);
    if (!settings) throw new DomainError('NOT_FOUND', 'Không tìm thấy kế hoạch kiểm tra này.');
    const calendar = await ctx.calendar.current(ctx.db);
    const recommendations = await listRecommendationsOf(ctx.db, [inspection.id]);
    const today = todayInVietnam(ctx.clock.now());
    const deadlines = deadlinesOf(inspection, settings, calendar, today, recommendations);
    const moves = await listDeadlineMoves(ctx.db, inspection.id);
    return {
      inspection: toInspectionDto(inspection),
      reading: settings.reading,
      deadlines: deadlines.map(toInspectionDeadlineDto),
      moves: moves.map(toDeadlineMoveDto),
    };
  }),
});
