import {
  type Database,
  findOutlineTemplate,
  findReportByInspection,
  type InspectionRecord,
  listAdditionRequests,
  listAnswers,
  listAttachments,
  listReportComments,
  listSystemFigures,
} from '@kiemtra/db';
import {
  type Actor,
  can,
  checkItemEditable,
  REPORT_STATUS_LABELS,
  reportProgress,
  sectionsOf,
} from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import type { AppDeps } from '../trpc/context.js';
import { toInspectionDeadlineDto } from '../trpc/dto/deadline.dto.js';
import { inspectionResource } from '../trpc/routers/schedule/schedule-context.js';
import { assertReadableBy, isReportingUnit, openItemsOf, templateForNewReport } from './report-access.js';
import { unitReportDeadline } from './report-deadline.js';

/**
 * The report of one visit as its reader sees it: the outline section by section, each item with
 * its answer, figures (the unit's and those from a system), evidence, the team's comments; the
 * progress, the due date with its explanation, the state, and what the reader may do.
 */
export async function buildReportView(
  deps: Pick<AppDeps, 'db' | 'clock' | 'calendar'>,
  actor: Actor,
  inspection: InspectionRecord,
) {
  const db: Kysely<Database> = deps.db;
  const report = await findReportByInspection(db, inspection.id);
  assertReadableBy(actor, inspection, report);
  const template = report
    ? await findOutlineTemplate(db, report.templateId)
    : await templateForNewReport(db, inspection);
  if (!template) throw new Error('a report refers to a missing template');
  const [answers, systemFigures, attachments, comments, requests] = report
    ? await Promise.all([
        listAnswers(db, report.id),
        listSystemFigures(db, report.id),
        listAttachments(db, report.id),
        listReportComments(db, report.id),
        listAdditionRequests(db, report.id),
      ])
    : [[], [], [], [], []];
  const resource = inspectionResource(inspection);
  const isUnit = isReportingUnit(actor, inspection);
  const mayReadEvidence = can(actor, 'reportAttachment.read', resource).allowed;
  const status = report?.status ?? 'draft';
  const openItemCodes = report ? openItemsOf(report, requests) : [];
  const facts = { status, openItemCodes };
  const { deadline } = await unitReportDeadline(deps, db, inspection);
  const progress = reportProgress(template.items, answers);
  const answerOf = new Map(answers.map((a) => [a.itemCode, a]));
  const progressOf = new Map(progress.sections.map((s) => [s.code, s]));

  const sections = sectionsOf(template.items).map((section) => ({
    code: section.code,
    title: section.title,
    answered: progressOf.get(section.code)?.answered ?? 0,
    required: progressOf.get(section.code)?.required ?? 0,
    items: section.items.map((item) => {
      const answer = answerOf.get(item.code);
      return {
        code: item.code,
        title: item.title,
        guidance: item.guidance,
        required: item.required,
        editable: isUnit && checkItemEditable(facts, item.code).ok,
        requestedAddition: openItemCodes.includes(item.code),
        answer: answer
          ? {
              narrative: answer.narrative,
              version: answer.version,
              updatedByName: answer.updatedByName,
              updatedAt: answer.updatedAt,
            }
          : null,
        figures: item.figures.map((f) => {
          const system = systemFigures.find((s) => s.itemCode === item.code && s.figureKey === f.key);
          return {
            ...f,
            value: answer?.figures[f.key] ?? null,
            system: system
              ? {
                  value: system.value,
                  source: system.source,
                  recordedAt: system.recordedAt,
                  unitComment: system.unitComment,
                }
              : null,
          };
        }),
        attachments: mayReadEvidence
          ? attachments
              .filter((a) => a.itemCode === item.code)
              .map((a) => ({
                id: a.id,
                fileName: a.fileName,
                mediaType: a.mediaType,
                sizeBytes: a.sizeBytes,
                sha256: a.sha256,
                uploadedByName: a.uploadedByName,
                createdAt: a.createdAt,
              }))
          : [],
        comments: comments
          .filter((c) => c.itemCode === item.code)
          .map((c) => ({ id: c.id, authorName: c.authorName, body: c.body, createdAt: c.createdAt })),
      };
    }),
  }));

  return {
    inspection: {
      id: inspection.id,
      orgUnitName: inspection.orgUnitName,
      planId: inspection.planId,
      planTitle: inspection.planTitle,
      teamName: inspection.teamName,
      startDate: inspection.startDate,
      endDate: inspection.endDate,
    },
    template: { id: template.id, code: template.code, version: template.version, title: template.title },
    report: {
      exists: report !== null,
      status,
      statusLabel: REPORT_STATUS_LABELS[status],
      version: report?.version ?? 0,
      firstSubmittedAt: report?.firstSubmittedAt ?? null,
      lastSubmittedAt: report?.lastSubmittedAt ?? null,
      dueDateAtSubmission: report?.dueDate ?? null,
      timing: report?.timing ?? null,
      // Judged today against the visit's dates as they stand (visitDeadlines), not as stored at submission.
      timingLabel: report?.firstSubmittedAt && deadline?.doneOn !== undefined ? deadline.stateLabel : null,
      reopenedReason: report?.reopenedReason ?? null,
    },
    deadline: deadline ? toInspectionDeadlineDto(deadline) : null,
    progress: { answered: progress.answered, required: progress.required, missing: progress.missing },
    openItemCodes,
    additionRequests: requests.map((r) => ({
      id: r.id,
      itemCodes: r.itemCodes,
      reason: r.reason,
      requestedByName: r.requestedByName,
      requestedAt: r.requestedAt,
      resolvedAt: r.resolvedAt,
    })),
    permissions: {
      isUnit,
      canEdit: isUnit && status !== 'submitted',
      canSubmit: isUnit && status !== 'submitted',
      canReview: !isUnit && can(actor, 'report.review', resource).allowed,
      canReopen: !isUnit && status === 'submitted' && can(actor, 'report.reopen', resource).allowed,
      canReadEvidence: mayReadEvidence,
    },
    sections,
  };
}

export type ReportView = Awaited<ReturnType<typeof buildReportView>>;
