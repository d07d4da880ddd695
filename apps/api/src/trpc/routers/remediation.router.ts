import {
  decideLatestReport,
  insertRemediationReport,
  listRecommendations,
  type RecommendationRecord,
  updateInspectionStatus,
  updateRecommendationState,
  withActor,
} from '@kiemtra/db';
import {
  checkRemediationOpen,
  inspectionCloseInput,
  inspectionWorkflowAfter,
  parseIsoDate,
  type RecommendationEvent,
  type RecommendationState,
  recommendationCarryOverInput,
  recommendationStatusAfter,
  remediationDecideInput,
  remediationReportInput,
  toIsoDate,
} from '@kiemtra/domain';
import { conclusionView } from '../../inspection/conclusion-view.js';
import { toRecommendation, toRecommendationDto } from '../../inspection/recommendation-model.js';
import {
  inspectionFor,
  recommendationFor,
  reloadRecommendation,
  reread,
  todayOf,
} from '../../inspection/work-context.js';
import { notify, visitRef } from '../../notifications/notify.js';
import { auditActorOf } from '../audit-actor.js';
import { assertAccepted, conflict } from '../errors.js';
import { idempotentCreate } from '../idempotent-create.js';
import { authedProcedure, router } from '../init.js';

const stateFields = (s: RecommendationState) => ({
  status: s.status,
  returnReason: s.returnReason ?? null,
  doneOn: s.doneOn === undefined ? null : toIsoDate(s.doneOn),
  carryOverReason: s.carryOverReason ?? null,
});

/** Applies one lifecycle event to a recommendation still at `expectedVersion`. */
function nextState(
  recommendation: RecommendationRecord,
  event: RecommendationEvent,
  expectedVersion: number,
) {
  if (recommendation.version !== expectedVersion) throw conflict('Kiến nghị');
  const next = recommendationStatusAfter(event, toRecommendation(recommendation).state);
  assertAccepted(next);
  return next.state;
}

/** Remediation (seed III.2.đ, V.3.a): the unit reports, the team accepts or returns, carries over, closes. */
export const remediationRouter = router({
  /** The inspected unit's report on one recommendation, dated today. */
  report: authedProcedure
    .input(remediationReportInput)
    .use(idempotentCreate)
    .mutation(async ({ ctx, input }) => {
      const { recommendation, inspection } = await recommendationFor(
        ctx.db,
        ctx.actor,
        'remediation.write',
        input.recommendationId,
      );
      assertAccepted(checkRemediationOpen(inspection.status));
      const today = todayOf(ctx.clock);
      const report = {
        state: input.state,
        actionsTaken: input.actionsTaken,
        evidenceRefs: input.evidenceRefs,
        submittedOn: today,
      };
      const state = nextState(recommendation, { type: 'report', report }, input.expectedVersion);
      await withActor(ctx.db, auditActorOf(ctx.profile), async (trx) => {
        const v = await updateRecommendationState(
          trx,
          recommendation.id,
          input.expectedVersion,
          stateFields(state),
        );
        if (v === null) throw conflict('Kiến nghị');
        const reportId = await insertRemediationReport(trx, {
          tenantId: inspection.tenantId,
          recommendationId: recommendation.id,
          state: input.state,
          actionsTaken: input.actionsTaken,
          evidenceRefs: input.evidenceRefs,
          submittedOn: toIsoDate(today),
          submittedBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
        });
        // The team reviews what the unit reported.
        await notify(
          trx,
          ctx.clock,
          inspection.tenantId,
          {
            ...(await visitRef(trx, inspection)),
            type: 'remediation_submitted',
            reportId,
            action: recommendation.action,
          },
          ctx.actor,
        );
      });
      return toRecommendationDto(await reloadRecommendation(ctx.db, recommendation.id), today);
    }),

  /** An inspector of the team accepts the unit's latest report or returns it with a reason. */
  decide: authedProcedure.input(remediationDecideInput).mutation(async ({ ctx, input }) => {
    const { recommendation, inspection } = await recommendationFor(
      ctx.db,
      ctx.actor,
      'remediation.review',
      input.recommendationId,
    );
    assertAccepted(checkRemediationOpen(inspection.status));
    const today = todayOf(ctx.clock);
    const { decision } = input;
    const event: RecommendationEvent =
      decision.decision === 'accepted' ? { type: 'accept' } : { type: 'return', reason: decision.reason };
    const state = nextState(recommendation, event, input.expectedVersion);
    await withActor(ctx.db, auditActorOf(ctx.profile), async (trx) => {
      const v = await updateRecommendationState(
        trx,
        recommendation.id,
        input.expectedVersion,
        stateFields(state),
      );
      if (v === null) throw conflict('Kiến nghị');
      await decideLatestReport(trx, recommendation.id, {
        decision: decision.decision,
        reason: decision.decision === 'returned' ? decision.reason : null,
        decidedBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
        decidedOn: toIsoDate(today),
      });
      // The unit learns whether its report was accepted or has to be made again.
      await notify(
        trx,
        ctx.clock,
        inspection.tenantId,
        {
          ...(await visitRef(trx, inspection)),
          type: 'remediation_reviewed',
          reportId: `${recommendation.id}:v${v}`,
          action: recommendation.action,
          accepted: decision.decision === 'accepted',
        },
        ctx.actor,
      );
    });
    return toRecommendationDto(await reloadRecommendation(ctx.db, recommendation.id), today);
  }),

  /** Carries an unfinished recommendation over to later follow-up, with its reason. */
  carryOver: authedProcedure.input(recommendationCarryOverInput).mutation(async ({ ctx, input }) => {
    const { recommendation, inspection } = await recommendationFor(
      ctx.db,
      ctx.actor,
      'remediation.review',
      input.recommendationId,
    );
    assertAccepted(checkRemediationOpen(inspection.status));
    const state = nextState(
      recommendation,
      { type: 'carry_over', reason: input.reason },
      input.expectedVersion,
    );
    const v = await withActor(ctx.db, auditActorOf(ctx.profile), (trx) =>
      updateRecommendationState(trx, recommendation.id, input.expectedVersion, stateFields(state)),
    );
    if (v === null) throw conflict('Kiến nghị');
    return toRecommendationDto(await reloadRecommendation(ctx.db, recommendation.id), todayOf(ctx.clock));
  }),

  /** The team leader closes the inspection once every recommendation is done or carried over with a reason. */
  close: authedProcedure.input(inspectionCloseInput).mutation(async ({ ctx, input }) => {
    const { inspection, plan } = await inspectionFor(
      ctx.db,
      ctx.actor,
      'inspection.conclude',
      input.inspectionId,
    );
    if (inspection.version !== input.expectedVersion) throw conflict('Cuộc kiểm tra');
    const recommendations = await listRecommendations(ctx.db, inspection.id);
    const next = inspectionWorkflowAfter(
      { type: 'close', recommendations: recommendations.map(toRecommendation) },
      { status: inspection.status, dates: inspection.visitDates.map(parseIsoDate), notices: [] },
    );
    assertAccepted(next);
    const v = await withActor(ctx.db, auditActorOf(ctx.profile), (trx) =>
      updateInspectionStatus(trx, inspection.id, input.expectedVersion, 'closed'),
    );
    if (v === null) throw conflict('Cuộc kiểm tra');
    const calendar = await ctx.calendar.current(ctx.db);
    const fresh = await reread(ctx.db, inspection.id);
    return conclusionView(ctx.db, {
      actor: ctx.actor,
      inspection: fresh,
      plan,
      calendar,
      today: todayOf(ctx.clock),
    });
  }),
});
