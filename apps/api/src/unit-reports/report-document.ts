import {
  findOutlineTemplate,
  findPlanForPlanning,
  findReportByInspection,
  findReportTemplate,
  findUnitHead,
  listAnswers,
  listSystemFigures,
} from '@kiemtra/db';
import { safeFileName, unitReportDocx } from '@kiemtra/documents';
import { DomainError, narrativeText, todayInVietnam, toIsoDate } from '@kiemtra/domain';
import type { ActorProfile } from '../auth/resolve-actor.js';
import { planLetterheads } from '../documents/letterhead.js';
import { reportOutlineSource } from '../documents/report-outline.source.js';
import type { AppDeps } from '../trpc/context.js';
import { assertReadableBy, inspectionForReport } from './report-access.js';

/**
 * The unit's report as an official document (Decree 30/2020 layout, from the documents package):
 * the outline it was written against, each item's text and figures, those from a system marked so.
 * Readable by whoever may read the report; a draft only by the unit itself.
 */
export async function unitReportDocument(
  deps: Pick<AppDeps, 'db'>,
  profile: ActorProfile,
  inspectionId: string,
): Promise<{ name: string; bytes: Uint8Array }> {
  const inspection = await inspectionForReport(deps.db, profile.actor, 'report.read', inspectionId);
  const report = await findReportByInspection(deps.db, inspection.id);
  assertReadableBy(profile.actor, inspection, report);
  if (!report) throw new DomainError('NOT_FOUND', 'Đơn vị chưa bắt đầu soạn báo cáo.');
  const [plan, template, outline, answers, fromSystems, head] = await Promise.all([
    findPlanForPlanning(deps.db, inspection.planId),
    findReportTemplate(deps.db, report.templateId),
    findOutlineTemplate(deps.db, report.templateId),
    listAnswers(deps.db, report.id),
    listSystemFigures(deps.db, report.id),
    findUnitHead(deps.db, inspection.orgUnitId),
  ]);
  if (!plan || !template || !outline) throw new Error(`report ${report.id} has no plan or outline`);
  const letterheads = await planLetterheads(deps.db, plan);
  const source = reportOutlineSource({ plan, template, letterheads, unitId: inspection.orgUnitId });
  const submittedOn = report.firstSubmittedAt ? toIsoDate(todayInVietnam(report.firstSubmittedAt)) : null;
  const answerOf = new Map(answers.map((a) => [a.itemCode, a]));
  const bytes = await unitReportDocx({
    // Signed by the unit's head (ô 7a–7c): the title the body gives its head, the head's name.
    frame: {
      ...source.frame,
      date: submittedOn,
      signer: { title: source.frame.signer.title, name: head?.fullName ?? '……………………' },
    },
    template: source.template,
    summary: source.summary,
    addressees: source.addressees,
    submittedOn,
    answers: outline.items.map((item) => {
      const answer = answerOf.get(item.code);
      return {
        itemCode: item.code,
        text: answer ? narrativeText(answer.narrative) : '',
        figures: item.figures.flatMap((f) => {
          const system = fromSystems.find((s) => s.itemCode === item.code && s.figureKey === f.key);
          const value = system?.value ?? answer?.figures[f.key] ?? null;
          if (value === null || value === undefined) return [];
          const note = system
            ? `Từ hệ thống: ${system.source}${system.unitComment ? `. Ý kiến của đơn vị: ${system.unitComment}` : ''}`
            : '';
          return [{ label: f.label, value, unit: f.unit, note }];
        }),
      };
    }),
  });
  return { name: safeFileName(`Báo cáo phục vụ Đoàn kiểm tra - ${inspection.orgUnitName}`, 'docx'), bytes };
}
