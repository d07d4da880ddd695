import {
  insertEarlierConclusion,
  insertRecommendation,
  listEarlierConclusions,
  listRecommendations,
  withActor,
} from '@kiemtra/db';
import {
  checkEarlierConclusion,
  checkEarlierConclusionEntryOpen,
  earlierConclusionAddInput,
  formatVietnamese,
  inspectionWorkInput,
  parseIsoDate,
  toIsoDate,
} from '@kiemtra/domain';
import { toRecommendationDto } from '../../inspection/recommendation-model.js';
import { inspectionFor, todayOf } from '../../inspection/work-context.js';
import { auditActorOf } from '../audit-actor.js';
import { assertAccepted } from '../errors.js';
import { idempotentCreate } from '../idempotent-create.js';
import { authedProcedure, router } from '../init.js';

/**
 * Conclusions of earlier years (2021–2023 in the seed, II.1.b), entered by the team so that this
 * year's visit to the unit follows up their recommendations like its own.
 */
export const earlierConclusionsRouter = router({
  list: authedProcedure.input(inspectionWorkInput).query(async ({ ctx, input }) => {
    const { inspection, plan } = await inspectionFor(
      ctx.db,
      ctx.actor,
      'inspection.read',
      input.inspectionId,
    );
    const conclusions = await listEarlierConclusions(ctx.db, inspection.orgUnitId, plan.year);
    const taken = (await listRecommendations(ctx.db, inspection.id)).filter(
      (r) => r.earlierConclusionId !== null,
    );
    const today = todayOf(ctx.clock);
    return conclusions.map((c) => ({
      id: c.id,
      year: c.year,
      issuer: c.issuer,
      documentNumber: c.documentNumber,
      documentDateText: formatVietnamese(parseIsoDate(c.documentDate)),
      recommendations: taken
        .filter((r) => r.earlierConclusionId === c.id)
        .map((r) => toRecommendationDto(r, today)),
    }));
  }),

  /** The team enters an earlier conclusion; its recommendations not yet remediated are followed up by this visit. */
  add: authedProcedure
    .input(earlierConclusionAddInput)
    .use(idempotentCreate)
    .mutation(async ({ ctx, input }) => {
      const { inspection, plan } = await inspectionFor(
        ctx.db,
        ctx.actor,
        'inspection.record',
        input.inspectionId,
      );
      assertAccepted(checkEarlierConclusionEntryOpen(inspection.status));
      const c = input.conclusion;
      assertAccepted(checkEarlierConclusion(c, { inspectionYear: plan.year }), 'INVALID_INPUT');
      const id = await withActor(ctx.db, auditActorOf(ctx.profile), async (trx) => {
        const conclusionId = await insertEarlierConclusion(trx, {
          tenantId: inspection.tenantId,
          orgUnitId: inspection.orgUnitId,
          year: c.year,
          issuer: c.issuer,
          documentNumber: c.documentNumber,
          documentDate: toIsoDate(c.date),
        });
        for (const r of c.recommendations.filter((x) => !x.remediatedBeforeEntry)) {
          await insertRecommendation(trx, {
            tenantId: inspection.tenantId,
            inspectionId: inspection.id,
            orgUnitId: inspection.orgUnitId,
            earlierConclusionId: conclusionId,
            fields: {
              action: r.action,
              responsible: r.responsible,
              dueDate: r.dueDate === undefined ? null : toIsoDate(r.dueDate),
              findingIds: [],
            },
          });
        }
        return conclusionId;
      });
      return { id };
    }),
});
