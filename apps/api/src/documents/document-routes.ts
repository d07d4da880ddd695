import {
  findConclusion,
  findMinutes,
  findReportTemplate,
  findSummaryReport,
  findTeam,
  listFindings,
  listRecommendations,
  listVisibleInspections,
} from '@kiemtra/db';
import {
  conclusionNoticeDocx,
  DOCX_MIME,
  minutesDocx,
  planWorkbookXlsx,
  reportOutlineDocx,
  safeFileName,
  scheduleNoticeDocx,
  summaryReportDocx,
  teamDecisionDocx,
  XLSX_MIME,
  ZIP_MIME,
  zipFiles,
} from '@kiemtra/documents';
import { type Actor, assembleSummary, DomainError, todayInVietnam, z } from '@kiemtra/domain';
import type { FastifyInstance } from 'fastify';
import { deadlinesOf } from '../calendar/deadlines-of.js';
import { roundFor } from '../inspection/round-context.js';
import { summaryInspections } from '../inspection/summary-inputs.js';
import { seesDrafts } from '../inspection/work-context.js';
import { planFor } from '../planning/plan-access.js';
import type { AppDeps } from '../trpc/context.js';
import { inspectionFor } from '../trpc/routers/schedule/schedule-context.js';
import { conclusionNoticeSource } from './conclusion-notice.source.js';
import { downloadActor, parseParams, sendFailure, sendFile, uuidParam } from './document-http.js';
import { noticeVisit, roundOrTeamVisits, teamFor, teamVisits } from './document-sources.js';
import { planLetterheads } from './letterhead.js';
import { minutesSource } from './minutes.source.js';
import { planWorkbookSource } from './plan-workbook.source.js';
import { reportOutlineSource } from './report-outline.source.js';
import { roundNoticesStream } from './round-notices.js';
import { scheduleNoticeSource } from './schedule-notice.source.js';
import { summaryReportSource } from './summary-report.source.js';
import { teamDecisionSource } from './team-decision.source.js';
import { workbookResults } from './workbook-results.source.js';

const teamParams = z.object({ teamId: uuidParam('Đoàn kiểm tra') });
const inspectionParams = z.object({ inspectionId: uuidParam('cuộc kiểm tra') });
const planParams = z.object({ planId: uuidParam('kế hoạch') });
const roundParams = z.object({ roundId: uuidParam('đợt kiểm tra') });
const outlineQuery = z.object({ unitId: uuidParam('cơ quan, đơn vị').optional() });
const roundQuery = z.object({ roundId: uuidParam('đợt kiểm tra').optional() });
const zipQuery = roundQuery.extend({
  progress: z.enum(['1'], { error: 'Tham số progress chỉ nhận giá trị 1.' }).optional(),
});

/**
 * Downloads of the official documents (Decree 30/2020) and the plan's workbook, as plain GET
 * routes: a browser saves the file under its Vietnamese name. The session cookie (or an API
 * token) names the actor; the access policy decides as for the data the document shows.
 */
export function registerDocumentRoutes(app: FastifyInstance, deps: AppDeps): void {
  const today = () => todayInVietnam(deps.clock.now());

  /** The visits a team's round notice lists: the round's when one is named, else all of the team's. */
  async function visitsToAnnounce(actor: Actor, teamId: string, roundId: string | undefined) {
    const { team, plan } = await teamFor(deps.db, actor, 'inspection.read', teamId);
    const { visits, roundName } = await roundOrTeamVisits(
      deps.db,
      await teamVisits(deps.db, plan, team.id, await deps.calendar.current(deps.db), today()),
      team.id,
      roundId,
    );
    if (visits.length === 0)
      throw new DomainError('NOT_FOUND', 'Đoàn kiểm tra này chưa có cuộc kiểm tra nào để thông báo lịch.');
    return { team, plan, visits, roundName };
  }

  app.get('/documents/teams/:teamId/decision.docx', async (req, reply) => {
    try {
      const actor = await downloadActor(deps, req);
      const { teamId } = parseParams(teamParams, req.params);
      const { team, plan } = await teamFor(deps.db, actor, 'plan.read', teamId);
      const bytes = await teamDecisionDocx(
        teamDecisionSource(team, plan, await planLetterheads(deps.db, plan)),
      );
      return sendFile(reply, {
        name: safeFileName(`Quyết định thành lập ${team.name}`, 'docx'),
        mime: DOCX_MIME,
        bytes,
      });
    } catch (error) {
      return sendFailure(reply, error);
    }
  });

  app.get('/documents/inspections/:inspectionId/schedule-notice.docx', async (req, reply) => {
    try {
      const actor = await downloadActor(deps, req);
      const { inspectionId } = parseParams(inspectionParams, req.params);
      const { inspection, plan } = await inspectionFor(deps.db, actor, 'inspection.read', inspectionId);
      const calendar = await deps.calendar.current(deps.db);
      const visit = await noticeVisit(deps.db, inspection.id, plan, calendar, today());
      const team = inspection.teamId
        ? (await teamFor(deps.db, actor, 'plan.read', inspection.teamId)).team
        : null;
      const bytes = await scheduleNoticeDocx(
        scheduleNoticeSource({
          plan,
          team,
          visits: [visit],
          letterheads: await planLetterheads(deps.db, plan),
          scope: 'visit',
        }),
      );
      return sendFile(reply, {
        name: safeFileName(`Thông báo lịch kiểm tra - ${inspection.orgUnitName}`, 'docx'),
        mime: DOCX_MIME,
        bytes,
      });
    } catch (error) {
      return sendFailure(reply, error);
    }
  });

  app.get('/documents/inspections/:inspectionId/minutes.docx', async (req, reply) => {
    try {
      const actor = await downloadActor(deps, req);
      const { inspectionId } = parseParams(inspectionParams, req.params);
      const { inspection, plan } = await inspectionFor(deps.db, actor, 'inspection.read', inspectionId);
      // The minutes are the team's working paper; the unit reads them with the issued conclusion.
      const minutes = seesDrafts(actor, inspection) ? await findMinutes(deps.db, inspection.id) : null;
      if (!minutes) throw new DomainError('NOT_FOUND', 'Cuộc kiểm tra này chưa có biên bản làm việc.');
      const bytes = await minutesDocx(
        minutesSource({
          plan,
          inspection,
          team: inspection.teamId ? await findTeam(deps.db, inspection.teamId) : null,
          minutes,
          letterheads: await planLetterheads(deps.db, plan),
        }),
      );
      return sendFile(reply, {
        name: safeFileName(`Biên bản làm việc - ${inspection.orgUnitName}`, 'docx'),
        mime: DOCX_MIME,
        bytes,
      });
    } catch (error) {
      return sendFailure(reply, error);
    }
  });

  app.get('/documents/inspections/:inspectionId/conclusion-notice.docx', async (req, reply) => {
    try {
      const actor = await downloadActor(deps, req);
      const { inspectionId } = parseParams(inspectionParams, req.params);
      const { inspection, plan } = await inspectionFor(deps.db, actor, 'inspection.read', inspectionId);
      // The unit reads the conclusion only once its notice is issued, as on its page.
      if (!seesDrafts(actor, inspection))
        throw new DomainError('NOT_FOUND', 'Thông báo kết luận kiểm tra chưa được ban hành.');
      const conclusion = await findConclusion(deps.db, inspection.id);
      const findings = await listFindings(deps.db, inspection.id);
      if (!conclusion && findings.length === 0)
        throw new DomainError(
          'NOT_FOUND',
          'Cuộc kiểm tra này chưa có kết luận; Đoàn kiểm tra chưa ghi phát hiện nào.',
        );
      const bytes = await conclusionNoticeDocx(
        conclusionNoticeSource({
          plan,
          inspection,
          team: inspection.teamId ? await findTeam(deps.db, inspection.teamId) : null,
          conclusion,
          findings,
          recommendations: await listRecommendations(deps.db, inspection.id),
          letterheads: await planLetterheads(deps.db, plan),
        }),
      );
      return sendFile(reply, {
        name: safeFileName(`Thông báo kết luận kiểm tra - ${inspection.orgUnitName}`, 'docx'),
        mime: DOCX_MIME,
        bytes,
      });
    } catch (error) {
      return sendFailure(reply, error);
    }
  });

  app.get('/documents/teams/:teamId/schedule-notice.docx', async (req, reply) => {
    try {
      const actor = await downloadActor(deps, req);
      const { teamId } = parseParams(teamParams, req.params);
      const { roundId } = parseParams(roundQuery, req.query);
      const { team, plan, visits, roundName } = await visitsToAnnounce(actor, teamId, roundId);
      const bytes = await scheduleNoticeDocx(
        scheduleNoticeSource({
          plan,
          team,
          visits,
          letterheads: await planLetterheads(deps.db, plan),
          scope: 'round',
          roundName,
        }),
      );
      return sendFile(reply, {
        name: safeFileName(
          `Thông báo lịch kiểm tra - ${roundName ? `${roundName} - ` : ''}${team.name}`,
          'docx',
        ),
        mime: DOCX_MIME,
        bytes,
      });
    } catch (error) {
      return sendFailure(reply, error);
    }
  });

  app.get('/documents/teams/:teamId/schedule-notices.zip', async (req, reply) => {
    try {
      const actor = await downloadActor(deps, req);
      const { teamId } = parseParams(teamParams, req.params);
      const { progress, roundId } = parseParams(zipQuery, req.query);
      const { team, plan, visits, roundName } = await visitsToAnnounce(actor, teamId, roundId);
      const letterheads = await planLetterheads(deps.db, plan);
      const zipName = safeFileName(
        `Thông báo lịch kiểm tra - ${roundName ? `${roundName} - ` : ''}${team.name}`,
        'zip',
      );
      const stream = roundNoticesStream({
        plan,
        team,
        visits,
        letterheads,
        zipName,
        onError: (err) => req.log.error({ err }, 'round notices failed midway'),
      });
      if (progress === '1') {
        return reply
          .header('content-type', 'application/x-ndjson; charset=utf-8')
          .header('cache-control', 'no-store')
          .send(stream.lines());
      }
      return sendFile(reply, { name: zipName, mime: ZIP_MIME, bytes: zipFiles(await stream.files()) });
    } catch (error) {
      return sendFailure(reply, error);
    }
  });

  app.get('/documents/rounds/:roundId/summary-report.docx', async (req, reply) => {
    try {
      const actor = await downloadActor(deps, req);
      const { roundId } = parseParams(roundParams, req.params);
      const { round, plan, inspections } = await roundFor(deps.db, actor, 'results.read', roundId);
      const visits = await summaryInspections(deps.db, inspections);
      const draft = assembleSummary({
        round: { id: round.id, inspections: visits },
        rules: plan.deadlineRules,
        reading: plan.deadlineReading,
        calendar: await deps.calendar.current(deps.db),
        today: today(),
      });
      const bytes = await summaryReportDocx(
        summaryReportSource({
          plan,
          round,
          saved: await findSummaryReport(deps.db, round.id),
          draft,
          inspections: visits,
          today: today(),
          letterheads: await planLetterheads(deps.db, plan),
        }),
      );
      return sendFile(reply, {
        name: safeFileName(`Báo cáo kết quả kiểm tra - ${round.name}`, 'docx'),
        mime: DOCX_MIME,
        bytes,
      });
    } catch (error) {
      return sendFailure(reply, error);
    }
  });

  app.get('/documents/plans/:planId/report-outline.docx', async (req, reply) => {
    try {
      const actor = await downloadActor(deps, req);
      const { planId } = parseParams(planParams, req.params);
      const { unitId } = parseParams(outlineQuery, req.query);
      const plan = await planFor(deps.db, actor, 'plan.read', planId);
      const template = plan.reportTemplateId
        ? await findReportTemplate(deps.db, plan.reportTemplateId)
        : null;
      if (!template) throw new DomainError('NOT_FOUND', 'Kế hoạch này chưa chọn đề cương báo cáo.');
      const letterheads = await planLetterheads(deps.db, plan);
      const bytes = await reportOutlineDocx(
        reportOutlineSource({ plan, template, letterheads, unitId: unitId ?? null }),
      );
      const unitName = unitId ? letterheads.unit(unitId).name : '';
      return sendFile(reply, {
        name: safeFileName(`Đề cương báo cáo${unitName ? ` - ${unitName}` : ''} - năm ${plan.year}`, 'docx'),
        mime: DOCX_MIME,
        bytes,
      });
    } catch (error) {
      return sendFailure(reply, error);
    }
  });

  app.get('/documents/plans/:planId/workbook.xlsx', async (req, reply) => {
    try {
      const actor = await downloadActor(deps, req);
      const { planId } = parseParams(planParams, req.params);
      const plan = await planFor(deps.db, actor, 'results.read', planId);
      const calendar = await deps.calendar.current(deps.db);
      const day = today();
      const inspections = await listVisibleInspections(deps.db, {
        tenantId: plan.tenantId,
        visibility: { kind: 'all' },
        planId: plan.id,
      });
      const results = await workbookResults(deps.db, inspections, day);
      const visits = inspections.map((inspection) => ({
        inspection,
        deadlines: deadlinesOf(
          inspection,
          { rules: plan.deadlineRules, reading: plan.deadlineReading },
          calendar,
          day,
          results.records,
        ),
      }));
      const bytes = await planWorkbookXlsx(
        planWorkbookSource({
          plan,
          visits,
          today: day,
          findings: results.findings,
          recommendations: results.recommendations,
        }),
      );
      return sendFile(reply, {
        name: safeFileName(`Tình hình thực hiện - ${plan.title}`, 'xlsx'),
        mime: XLSX_MIME,
        bytes,
      });
    } catch (error) {
      return sendFailure(reply, error);
    }
  });
}
