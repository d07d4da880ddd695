import { listTemplateSummaries } from '@kiemtra/db';
import {
  commentOnItemInput,
  commentOnSystemFigureInput,
  publishTemplateInput,
  pushSystemFiguresInput,
  reopenReportInput,
  reportByInspectionInput,
  requestAdditionsInput,
  saveAnswerInput,
  submitReportInput,
} from '@kiemtra/domain';
import { publishTemplate } from '../../unit-reports/publish-template.js';
import { inspectionForReport } from '../../unit-reports/report-access.js';
import { buildReportView } from '../../unit-reports/report-view.js';
import { commentOnItem, reopenReport, requestAdditions } from '../../unit-reports/review-report.js';
import { saveReportAnswer } from '../../unit-reports/save-answer.js';
import { submitReport } from '../../unit-reports/submit-report.js';
import { commentSystemFigure, pushSystemFigures } from '../../unit-reports/system-figures.js';
import { authedProcedure, procedureFor, router } from '../init.js';

/** The inspected unit's self-report (báo cáo phục vụ Đoàn kiểm tra) and its outlines. */
export const reportsRouter = router({
  /** The report of one visit, section by section, with progress, due date and what the reader may do. */
  get: authedProcedure.input(reportByInspectionInput).query(async ({ ctx, input }) => {
    const inspection = await inspectionForReport(ctx.db, ctx.actor, 'report.read', input.inspectionId);
    return buildReportView(ctx, ctx.actor, inspection);
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
    .mutation(({ ctx, input }) => commentOnItem(ctx, ctx.profile, input)),

  /** For provincial systems with the unit-figures:write scope. */
  pushFigures: procedureFor('unitFigures.push')
    .input(pushSystemFiguresInput)
    .mutation(({ ctx, input }) => pushSystemFigures(ctx, ctx.profile, input)),

  commentSystemFigure: authedProcedure
    .input(commentOnSystemFigureInput)
    .mutation(({ ctx, input }) => commentSystemFigure(ctx, ctx.profile, input)),

  templates: procedureFor('reportTemplate.manage').query(async ({ ctx }) =>
    listTemplateSummaries(ctx.db, ctx.actor.tenantId),
  ),

  /** A new version of an outline; reports already written keep theirs. */
  publishTemplate: procedureFor('reportTemplate.manage')
    .input(publishTemplateInput)
    .mutation(({ ctx, input }) => publishTemplate(ctx, ctx.profile, input)),
});
