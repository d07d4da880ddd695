import { findOutlineTemplate, listReportStates, listTemplateSummaries } from '@kiemtra/db';
import {
  commentOnItemInput,
  commentOnSystemFigureInput,
  DomainError,
  inspectionListInput,
  planByIdInput,
  publishTemplateInput,
  pushSystemFiguresInput,
  REPORT_STATUS_LABELS,
  reopenReportInput,
  reportByInspectionInput,
  requestAdditionsInput,
  saveAnswerInput,
  submitReportInput,
  templateByIdInput,
} from '@kiemtra/domain';
import { listInspectionPage } from '../../inspection/inspection-page.js';
import { planOutline } from '../../unit-reports/plan-outline.js';
import { publishTemplate } from '../../unit-reports/publish-template.js';
import { inspectionForReport, isReportingUnit } from '../../unit-reports/report-access.js';
import { buildReportView } from '../../unit-reports/report-view.js';
import { commentOnItem, reopenReport, requestAdditions } from '../../unit-reports/review-report.js';
import { saveReportAnswer } from '../../unit-reports/save-answer.js';
import { submitReport } from '../../unit-reports/submit-report.js';
import { commentSystemFigure, pushSystemFigures } from '../../unit-reports/system-figures.js';
import { idempotentCreate } from '../idempotent-create.js';
import { authedProcedure, procedureFor, router } from '../init.js';

/** The inspected unit's self-report (báo cáo phục vụ Đoàn kiểm tra) and its outlines. */
export const reportsRouter = router({
  /** The report of one visit, section by section, with progress, due date and what the reader may do. */
  get: authedProcedure.input(reportByInspectionInput).query(async ({ ctx, input }) => {
    const inspection = await inspectionForReport(ctx.db, ctx.actor, 'report.read', input.inspectionId);
    return buildReportView(ctx, ctx.actor, inspection);
  }),

  /**
   * The report state of each visit of a page of inspections.list (same scope and cursor), for the
   * home page: the unit sees its drafts, everyone else only reports that were submitted.
   */
  states: authedProcedure.input(inspectionListInput).query(async ({ ctx, input }) => {
    const page = await listInspectionPage(ctx, ctx.actor, input);
    const visits = page.items;
    const states =
      visits.length === 0
        ? []
        : await listReportStates(
            ctx.db,
            visits.map((v) => v.id),
          );
    const items = visits.flatMap((visit) => {
      const state = states.find((s) => s.inspectionId === visit.id);
      const own = isReportingUnit(ctx.actor, visit);
      if (!state)
        return own ? [{ inspectionId: visit.id, status: 'draft' as const, statusLabel: 'Chưa bắt đầu' }] : [];
      if (!own && state.firstSubmittedAt === null) return [];
      return [
        { inspectionId: visit.id, status: state.status, statusLabel: REPORT_STATUS_LABELS[state.status] },
      ];
    });
    return { items, nextCursor: page.nextCursor };
  }),

  /** Saves one item's draft; a stale version is a 409 carrying the other person's answer. */
  saveAnswer: authedProcedure
    .input(saveAnswerInput)
    .mutation(({ ctx, input }) => saveReportAnswer(ctx, ctx.profile, input)),

  submit: authedProcedure
    .input(submitReportInput)
    .mutation(({ ctx, input }) => submitReport(ctx, ctx.profile, input)),

  reopen: authedProcedure
    .input(reopenReportInput)
    .mutation(({ ctx, input }) => reopenReport(ctx, ctx.profile, input)),

  requestAdditions: authedProcedure
    .input(requestAdditionsInput)
    .mutation(({ ctx, input }) => requestAdditions(ctx, ctx.profile, input)),

  comment: authedProcedure
    .input(commentOnItemInput)
    .use(idempotentCreate)
    .mutation(({ ctx, input }) => commentOnItem(ctx, ctx.profile, input)),

  /** For provincial systems with the unit-figures:write scope. */
  pushFigures: procedureFor('unitFigures.push')
    .input(pushSystemFiguresInput)
    .mutation(({ ctx, input }) => pushSystemFigures(ctx, ctx.profile, input)),

  /** Issue 16: the outline items, figure keys, units and checks of an issued plan's reports, for a pushing system. */
  planOutline: procedureFor('reportOutline.read', { planStatus: 'published' })
    .input(planByIdInput)
    .query(({ ctx, input }) => planOutline(ctx, ctx.actor, input.planId)),

  commentSystemFigure: authedProcedure
    .input(commentOnSystemFigureInput)
    .use(idempotentCreate)
    .mutation(({ ctx, input }) => commentSystemFigure(ctx, ctx.profile, input)),

  templates: procedureFor('reportTemplate.manage').query(async ({ ctx }) =>
    listTemplateSummaries(ctx.db, ctx.actor.tenantId),
  ),

  /** One outline version with its items, for an administrator to read and edit into a new version. */
  template: procedureFor('reportTemplate.manage')
    .input(templateByIdInput)
    .query(async ({ ctx, input }) => {
      const template = await findOutlineTemplate(ctx.db, input.templateId);
      if (!template || template.tenantId !== ctx.actor.tenantId)
        throw new DomainError('NOT_FOUND', 'Không tìm thấy đề cương này.');
      const { tenantId: _tenant, ...dto } = template;
      return dto;
    }),

  /** A new version of an outline; reports already written keep theirs. */
  publishTemplate: procedureFor('reportTemplate.manage')
    .input(publishTemplateInput)
    .mutation(({ ctx, input }) => publishTemplate(ctx, ctx.profile, input)),
});
