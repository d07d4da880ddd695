import {
  deleteFinding,
  findFinding,
  insertFinding,
  listFindings,
  updateFinding,
  withActor,
} from '@kiemtra/db';
import {
  DomainError,
  findingAddInput,
  findingRemoveInput,
  findingUpdateInput,
  inspectionWorkInput,
} from '@kiemtra/domain';
import { findingFieldsOf, toFindingDto } from '../../inspection/finding-dto.js';
import { inspectionFor, lockOpenTeamWork, openTeamWork, seesDrafts } from '../../inspection/work-context.js';
import { auditActorOf } from '../audit-actor.js';
import type { Context } from '../context.js';
import { conflict } from '../errors.js';
import { idempotentCreate } from '../idempotent-create.js';
import { authedProcedure, router } from '../init.js';

type Authed = Context & { actor: NonNullable<Context['profile']>['actor'] };

/** The finding and its visit, for a change by the visit's team while the team work is open. */
async function findingToChange(ctx: Authed, findingId: string) {
  const finding = await findFinding(ctx.db, findingId);
  if (!finding) throw new DomainError('NOT_FOUND', 'Không tìm thấy nội dung đánh giá này.');
  const { inspection } = await openTeamWork(ctx.db, ctx.actor, 'inspection.record', finding.inspectionId);
  return { finding, inspection };
}

/** Findings per content area and topic: achievements, shortcomings, violations (seed I.1, I.2). */
export const findingsRouter = router({
  list: authedProcedure.input(inspectionWorkInput).query(async ({ ctx, input }) => {
    const { inspection } = await inspectionFor(ctx.db, ctx.actor, 'inspection.read', input.inspectionId);
    if (!seesDrafts(ctx.actor, inspection)) return [];
    return (await listFindings(ctx.db, inspection.id)).map(toFindingDto);
  }),

  add: authedProcedure
    .input(findingAddInput)
    .use(idempotentCreate)
    .mutation(async ({ ctx, input }) => {
      const { inspection } = await openTeamWork(ctx.db, ctx.actor, 'inspection.record', input.inspectionId);
      const id = await withActor(ctx.db, auditActorOf(ctx.profile), async (trx) => {
        await lockOpenTeamWork(trx, inspection.id);
        return insertFinding(trx, {
          tenantId: inspection.tenantId,
          inspectionId: inspection.id,
          fields: findingFieldsOf(input.finding),
        });
      });
      const saved = await findFinding(ctx.db, id);
      if (!saved) throw new Error('the finding is missing');
      return toFindingDto(saved);
    }),

  update: authedProcedure.input(findingUpdateInput).mutation(async ({ ctx, input }) => {
    const { finding } = await findingToChange(ctx, input.findingId);
    const version = await withActor(ctx.db, auditActorOf(ctx.profile), async (trx) => {
      await lockOpenTeamWork(trx, finding.inspectionId);
      return updateFinding(trx, finding.id, input.expectedVersion, findingFieldsOf(input.finding));
    });
    if (version === null) throw conflict('Nội dung đánh giá');
    const saved = await findFinding(ctx.db, finding.id);
    if (!saved) throw new Error('the finding is missing');
    return toFindingDto(saved);
  }),

  remove: authedProcedure.input(findingRemoveInput).mutation(async ({ ctx, input }) => {
    const { finding } = await findingToChange(ctx, input.findingId);
    const removed = await withActor(ctx.db, auditActorOf(ctx.profile), async (trx) => {
      await lockOpenTeamWork(trx, finding.inspectionId);
      return deleteFinding(trx, finding.id, input.expectedVersion);
    });
    if (!removed) throw conflict('Nội dung đánh giá');
    return { removed: true };
  }),
});
