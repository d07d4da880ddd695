import { findSummaryReport, registerOutgoing, saveSummaryReport, withActor } from '@kiemtra/db';
import {
  assembleSummary,
  DomainError,
  formatVietnamese,
  parseIsoDate,
  roundByIdInput,
  summaryIssueInput,
  summarySaveInput,
  toIsoDate,
} from '@kiemtra/domain';
import { planLetterheads, roundLabelOf } from '../../documents/letterhead.js';
import { roundFor, toRoundDto } from '../../inspection/round-context.js';
import { summaryInspections } from '../../inspection/summary-inputs.js';
import { todayOf } from '../../inspection/work-context.js';
import { auditActorOf } from '../audit-actor.js';
import { conflict } from '../errors.js';
import { authedProcedure, router } from '../init.js';

/** The summary report of a round to UBND tỉnh (III.2.e): drafted from the conclusions, edited and issued by Sở Nội vụ. */
export const summaryRouter = router({
  get: authedProcedure.input(roundByIdInput).query(async ({ ctx, input }) => {
    // The same access as its DOCX: the round's results, other units' included, and the draft text.
    const { round, plan, inspections } = await roundFor(ctx.db, ctx.actor, 'results.read', input.roundId);
    const calendar = await ctx.calendar.current(ctx.db);
    const today = todayOf(ctx.clock);
    const draft = assembleSummary({
      round: { id: round.id, inspections: await summaryInspections(ctx.db, inspections) },
      rules: plan.deadlineRules,
      reading: plan.deadlineReading,
      calendar,
      today,
    });
    const saved = await findSummaryReport(ctx.db, round.id);
    return {
      round: toRoundDto(round, inspections, plan, calendar, today, saved?.issuedOn ?? null),
      figures: {
        unitsInspected: draft.unitsInspected.map((u) => u.name),
        inspectionsNotConcluded: draft.inspectionsNotConcluded.length,
        findingsByKind: draft.findingsByKind,
        recommendations: {
          total: draft.recommendations.total,
          remediatedOnTime: draft.recommendations.remediatedOnTime,
          overdue: draft.recommendations.overdue,
        },
      },
      version: saved?.version ?? 0,
      title:
        saved?.title ??
        `Báo cáo kết quả kiểm tra công tác cải cách hành chính ${roundLabelOf(round.name, plan.year)}`,
      // Sở Nội vụ's own text: the figures and findings are printed from the conclusions.
      body: saved?.body ?? '',
      proposals: saved?.proposals ?? '',
      signerTitle: saved?.signerTitle ?? 'GIÁM ĐỐC',
      signerName: saved?.signerName ?? '',
      status: saved?.status ?? 'draft',
      documentNumber: saved?.documentNumber ?? null,
      issuedOnText: saved?.issuedOn ? formatVietnamese(parseIsoDate(saved.issuedOn)) : null,
    };
  }),

  save: authedProcedure.input(summarySaveInput).mutation(async ({ ctx, input }) => {
    const { round } = await roundFor(ctx.db, ctx.actor, 'summary.manage', input.roundId);
    const v = await withActor(ctx.db, auditActorOf(ctx.profile), (trx) =>
      saveSummaryReport(trx, {
        tenantId: round.tenantId,
        roundId: round.id,
        expectedVersion: input.expectedVersion,
        title: input.title,
        body: input.body,
        proposals: input.proposals,
        signerTitle: input.signerTitle,
        signerName: input.signerName,
      }),
    );
    if (v === null) throw conflict('Báo cáo kết quả kiểm tra');
    return { version: v };
  }),

  /** Issues the report; only once the round is closed (its deadline then runs), never before the round ended. */
  issue: authedProcedure.input(summaryIssueInput).mutation(async ({ ctx, input }) => {
    const { round, plan } = await roundFor(ctx.db, ctx.actor, 'summary.manage', input.roundId);
    if (round.closedOn === null) {
      throw new DomainError(
        'RULE_VIOLATION',
        'Đợt kiểm tra chưa kết thúc; hãy kết thúc đợt trước khi ban hành báo cáo kết quả kiểm tra.',
      );
    }
    if (input.issuedOn > todayOf(ctx.clock)) {
      throw new DomainError('INVALID_INPUT', 'Ngày ban hành báo cáo không được sau ngày hôm nay.');
    }
    const saved = await findSummaryReport(ctx.db, round.id);
    if (!saved || saved.version !== input.expectedVersion) throw conflict('Báo cáo kết quả kiểm tra');
    const issuedOn = toIsoDate(input.issuedOn);
    const letterheads = await planLetterheads(ctx.db, plan);
    // The number is the next of Sở Nội vụ's register for the year, taken in the same transaction.
    const v = await withActor(ctx.db, auditActorOf(ctx.profile), async (trx) => {
      const { reference } = await registerOutgoing(trx, {
        tenantId: round.tenantId,
        issuerOrgUnitId: plan.ownerOrgUnitId,
        symbol: `BC-${letterheads.unit(plan.ownerOrgUnitId).abbreviation || 'SNV'}`,
        issuedOn,
        summary: `Kết quả kiểm tra công tác cải cách hành chính ${roundLabelOf(round.name, plan.year)}`,
        recipients: ['Ủy ban nhân dân tỉnh'],
        documentType: 'summary_report',
        documentId: saved.id,
        registeredBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
      });
      const version = await saveSummaryReport(trx, {
        tenantId: round.tenantId,
        roundId: round.id,
        expectedVersion: input.expectedVersion,
        title: saved.title,
        body: saved.body,
        proposals: saved.proposals,
        signerTitle: saved.signerTitle,
        signerName: saved.signerName,
        issue: { documentNumber: reference, issuedOn },
      });
      if (version === null) throw conflict('Báo cáo kết quả kiểm tra');
      return version;
    });
    return { version: v };
  }),
});
