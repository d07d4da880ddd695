import { findFollowUpLinks, insertFollowUpInspection, listRecommendations, withActor } from '@kiemtra/db';
import { followUpOpenInput, inspectionWorkInput, planFollowUp } from '@kiemtra/domain';
import { toFollowUpLinksDto } from '../../inspection/follow-up-dto.js';
import { toRecommendation, toRecommendationDto } from '../../inspection/recommendation-model.js';
import { inspectionFor, todayOf } from '../../inspection/work-context.js';
import { auditActorOf } from '../audit-actor.js';
import { assertAccepted } from '../errors.js';
import { idempotentCreate } from '../idempotent-create.js';
import { authedProcedure, router } from '../init.js';

/** Follow-up inspections (phúc tra, tái kiểm tra, seed I.2), opened from a concluded one and linked to it. */
export const followUpsRouter = router({
  /** The team leader opens a follow-up that checks the recommendations not yet accepted as done. */
  open: authedProcedure
    .input(followUpOpenInput)
    .use(idempotentCreate)
    .mutation(async ({ ctx, input }) => {
      const { inspection } = await inspectionFor(
        ctx.db,
        ctx.actor,
        'inspection.conclude',
        input.inspectionId,
      );
      const recommendations = await listRecommendations(ctx.db, inspection.id);
      const planned = planFollowUp({
        kind: input.kind,
        inspection: { id: inspection.id, status: inspection.status },
        recommendations: recommendations.map(toRecommendation),
      });
      assertAccepted(planned);
      const id = await withActor(ctx.db, auditActorOf(ctx.profile), (trx) =>
        insertFollowUpInspection(trx, inspection, input.kind),
      );
      return { id, recommendationIds: planned.plan.recommendationIds };
    }),

  /** What a visit follows up and the follow-ups opened from it; for a follow-up, the recommendations it checks. */
  links: authedProcedure.input(inspectionWorkInput).query(async ({ ctx, input }) => {
    const { inspection } = await inspectionFor(ctx.db, ctx.actor, 'inspection.read', input.inspectionId);
    const links = await findFollowUpLinks(ctx.db, inspection.id);
    const checked = links.source
      ? (await listRecommendations(ctx.db, links.source.sourceInspectionId)).filter(
          (r) => r.status !== 'done',
        )
      : [];
    const today = todayOf(ctx.clock);
    return {
      ...toFollowUpLinksDto(links),
      checkedRecommendations: checked.map((r) => toRecommendationDto(r, today)),
    };
  }),
});
