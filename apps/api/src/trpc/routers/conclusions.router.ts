import {
  deleteRecommendation,
  findConclusion,
  findMinutes,
  findTeam,
  insertRecommendation,
  listFindings,
  listRecommendations,
  lockInspection,
  registerOutgoing,
  saveConclusion,
  updateInspectionStatus,
  updateRecommendationDraft,
  withActor,
} from '@kiemtra/db';
import {
  checkTeamWorkOpen,
  conclusionIssueInput,
  conclusionSaveInput,
  DomainError,
  inspectionWorkflowAfter,
  inspectionWorkInput,
  parseIsoDate,
  recommendationAddInput,
  recommendationRemoveInput,
  recommendationUpdateInput,
  toIsoDate,
} from '@kiemtra/domain';
import { conclusionView } from '../../inspection/conclusion-view.js';
import { toRecommendation, toRecommendationDto } from '../../inspection/recommendation-model.js';
import {
  inspectionFor,
  lockOpenTeamWork,
  openTeamWork,
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
import { assertFindingsOfVisit } from '../references.js';

const draftFields = (r: {
  action: string;
  responsible: string;
  dueDate: string | null;
  findingIds: string[];
}) => ({
  action: r.action,
  responsible: r.responsible,
  dueDate: r.dueDate,
  findingIds: r.findingIds,
});

/** The conclusion (kết luận): findings, recommendations, and the notice the team leader issues (III.2.d). */
export const conclusionsRouter = router({
  get: authedProcedure.input(inspectionWorkInput).query(async ({ ctx, input }) => {
    const { inspection, plan } = await inspectionFor(
      ctx.db,
      ctx.actor,
      'inspection.read',
      input.inspectionId,
    );
    const calendar = await ctx.calendar.current(ctx.db);
    return conclusionView(ctx.db, {
      actor: ctx.actor,
      inspection,
      plan,
      calendar,
      today: todayOf(ctx.clock),
    });
  }),

  /** The general assessment, written by the team while the inspection is under way. */
  saveAssessment: authedProcedure.input(conclusionSaveInput).mutation(async ({ ctx, input }) => {
    const { inspection } = await openTeamWork(ctx.db, ctx.actor, 'inspection.record', input.inspectionId);
    const version = await withActor(ctx.db, auditActorOf(ctx.profile), async (trx) => {
      await lockOpenTeamWork(trx, inspection.id);
      return saveConclusion(trx, {
        tenantId: inspection.tenantId,
        inspectionId: inspection.id,
        expectedVersion: input.expectedVersion,
        generalAssessment: input.generalAssessment,
      });
    });
    if (version === null) throw conflict('Đánh giá chung của kết luận');
    return { version };
  }),

  addRecommendation: authedProcedure
    .input(recommendationAddInput)
    .use(idempotentCreate)
    .mutation(async ({ ctx, input }) => {
      const { inspection } = await openTeamWork(ctx.db, ctx.actor, 'inspection.record', input.inspectionId);
      const id = await withActor(ctx.db, auditActorOf(ctx.profile), async (trx) => {
        await lockOpenTeamWork(trx, inspection.id);
        await assertFindingsOfVisit(trx, inspection.id, input.recommendation.findingIds);
        return insertRecommendation(trx, {
          tenantId: inspection.tenantId,
          inspectionId: inspection.id,
          orgUnitId: inspection.orgUnitId,
          fields: draftFields(input.recommendation),
        });
      });
      return toRecommendationDto(await reloadRecommendation(ctx.db, id), todayOf(ctx.clock));
    }),

  updateRecommendation: authedProcedure.input(recommendationUpdateInput).mutation(async ({ ctx, input }) => {
    const { recommendation, inspection } = await recommendationFor(
      ctx.db,
      ctx.actor,
      'inspection.record',
      input.recommendationId,
    );
    assertAccepted(checkTeamWorkOpen(inspection.status));
    const version = await withActor(ctx.db, auditActorOf(ctx.profile), async (trx) => {
      await lockOpenTeamWork(trx, inspection.id);
      await assertFindingsOfVisit(trx, inspection.id, input.recommendation.findingIds);
      return updateRecommendationDraft(
        trx,
        recommendation.id,
        input.expectedVersion,
        draftFields(input.recommendation),
      );
    });
    if (version === null) throw conflict('Kiến nghị');
    return toRecommendationDto(await reloadRecommendation(ctx.db, recommendation.id), todayOf(ctx.clock));
  }),

  removeRecommendation: authedProcedure.input(recommendationRemoveInput).mutation(async ({ ctx, input }) => {
    const { recommendation, inspection } = await recommendationFor(
      ctx.db,
      ctx.actor,
      'inspection.record',
      input.recommendationId,
    );
    assertAccepted(checkTeamWorkOpen(inspection.status));
    const removed = await withActor(ctx.db, auditActorOf(ctx.profile), async (trx) => {
      await lockOpenTeamWork(trx, inspection.id);
      return deleteRecommendation(trx, recommendation.id, input.expectedVersion);
    });
    if (!removed) throw conflict('Kiến nghị');
    return { removed: true };
  }),

  /**
   * The team leader issues the conclusion notice: refused, with every reason, before the last
   * on-site day, while a shortcoming or violation names no one responsible, or while a
   * recommendation lacks what, who or by when. The unit sees it from then on.
   */
  issue: authedProcedure.input(conclusionIssueInput).mutation(async ({ ctx, input }) => {
    const { inspection, plan } = await inspectionFor(
      ctx.db,
      ctx.actor,
      'inspection.conclude',
      input.inspectionId,
    );
    if (inspection.version !== input.expectedVersion) throw conflict('Cuộc kiểm tra');
    const today = todayOf(ctx.clock);
    const team = inspection.teamId ? await findTeam(ctx.db, inspection.teamId) : null;
    if (!team)
      throw new DomainError('RULE_VIOLATION', 'Cuộc kiểm tra chưa có Đoàn kiểm tra để ban hành thông báo.');
    const noticeDate = toIsoDate(input.notice.date);
    await withActor(ctx.db, auditActorOf(ctx.profile), async (trx) => {
      // Checked under the visit's lock, on what is committed now: a finding or a recommendation
      // added meanwhile waits for this issue, or this issue waits for it and sees it.
      const locked = await lockInspection(trx, inspection.id);
      if (locked.version !== input.expectedVersion) throw conflict('Cuộc kiểm tra');
      const findings = await listFindings(trx, inspection.id);
      const recommendations = await listRecommendations(trx, inspection.id);
      // The number is the next of the lead agency's register for the year, taken in this
      // transaction: two notices issued at once get two numbers, and a refused one gives it back.
      const { reference } = await registerOutgoing(trx, {
        tenantId: inspection.tenantId,
        issuerOrgUnitId: team.leadAgencyId,
        symbol: 'TB-ĐKT',
        issuedOn: noticeDate,
        summary: `Kết luận kiểm tra công tác cải cách hành chính tại ${inspection.orgUnitName}`,
        recipients: [inspection.orgUnitName, 'Ủy ban nhân dân tỉnh', 'Sở Nội vụ'],
        documentType: 'conclusion_notice',
        documentId: inspection.id,
        registeredBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
      });
      const next = inspectionWorkflowAfter(
        {
          type: 'conclude',
          findings,
          // The earlier years' recommendations it took over keep their own due dates (earlier-conclusions.router.ts).
          recommendations: recommendations
            .filter((r) => r.earlierConclusionId === null)
            .map(toRecommendation),
          notice: { number: reference, date: input.notice.date },
          today,
        },
        { status: locked.status, dates: inspection.visitDates.map(parseIsoDate), notices: [] },
      );
      assertAccepted(next);
      const existing = await findConclusion(trx, inspection.id);
      const v = await updateInspectionStatus(trx, inspection.id, input.expectedVersion, 'concluded');
      if (v === null) throw conflict('Cuộc kiểm tra');
      const saved = await saveConclusion(trx, {
        tenantId: inspection.tenantId,
        inspectionId: inspection.id,
        expectedVersion: existing?.version ?? 0,
        generalAssessment: existing?.generalAssessment ?? '',
        notice: {
          number: reference,
          date: noticeDate,
          issuedBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
        },
      });
      if (saved === null) throw conflict('Kết luận');
      // The unit's officer and head: the conclusion notice, and the minutes they may now read.
      const ref = await visitRef(trx, inspection);
      await notify(
        trx,
        ctx.clock,
        inspection.tenantId,
        {
          ...ref,
          type: 'conclusion_issued',
          conclusionId: `${inspection.id}:${reference}`,
          noticeNumber: reference,
        },
        ctx.actor,
      );
      const minutes = await findMinutes(trx, inspection.id);
      if (minutes !== null)
        await notify(
          trx,
          ctx.clock,
          inspection.tenantId,
          { ...ref, type: 'minutes_ready', minutesId: `${inspection.id}:${reference}` },
          ctx.actor,
        );
    });
    const fresh = await reread(ctx.db, inspection.id);
    const calendar = await ctx.calendar.current(ctx.db);
    return conclusionView(ctx.db, { actor: ctx.actor, inspection: fresh, plan, calendar, today });
  }),
});
