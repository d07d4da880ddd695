import {
  type Database,
  ensureReport,
  findInspection,
  findOutlineTemplate,
  findPlanTemplateCode,
  findReportByInspection,
  type InspectionRecord,
  listPublishedTemplates,
  lockReport,
  type ReportRecord,
  type TemplateRecord,
} from '@kiemtra/db';
import {
  type Action,
  type Actor,
  answerableItems,
  can,
  chooseTemplate,
  DomainError,
  type OutlineItem,
  teamMayRead,
} from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { authorize } from '../trpc/init.js';
import { inspectionResource } from '../trpc/routers/schedule/schedule-context.js';

/** Loads a visit and checks, first, that the actor may do `action` on its report. */
export async function inspectionForReport(
  db: Kysely<Database>,
  actor: Actor,
  action: Action,
  inspectionId: string,
): Promise<InspectionRecord> {
  const inspection = await findInspection(db, inspectionId);
  if (!inspection || inspection.tenantId !== actor.tenantId) {
    throw new DomainError('NOT_FOUND', 'Không tìm thấy cuộc kiểm tra này.');
  }
  authorize(actor, action, inspectionResource(inspection));
  return inspection;
}

/** True when the actor writes this visit's report (the inspected unit), rather than reading it. */
export const isReportingUnit = (actor: Actor, inspection: InspectionRecord): boolean =>
  can(actor, 'report.write', inspectionResource(inspection)).allowed;

/**
 * The team, Sở Nội vụ and leadership read a report only once it was submitted; a draft is the
 * unit's own and looks, to them, like no report at all.
 */
export function assertReadableBy(
  actor: Actor,
  inspection: InspectionRecord,
  report: ReportRecord | null,
): void {
  if (isReportingUnit(actor, inspection)) return;
  if (!report || !teamMayRead(report.firstSubmittedAt)) {
    throw new DomainError('NOT_FOUND', `${inspection.orgUnitName} chưa gửi báo cáo phục vụ Đoàn kiểm tra.`);
  }
}

/** The outline a new report of this visit is written against (see the domain's chooseTemplate). */
export async function templateForNewReport(
  db: Kysely<Database>,
  inspection: InspectionRecord,
): Promise<TemplateRecord> {
  const chosen = chooseTemplate({
    planTemplateCode: await findPlanTemplateCode(db, inspection.planId),
    inspectionKind: inspection.targetKind,
    published: await listPublishedTemplates(db, inspection.tenantId),
  });
  const template = chosen ? await findOutlineTemplate(db, chosen.id) : null;
  if (!template) {
    throw new DomainError(
      'RULE_VIOLATION',
      'Chưa có đề cương báo cáo được ban hành cho loại hình kiểm tra này; hãy liên hệ Sở Nội vụ.',
    );
  }
  return template;
}

/**
 * The visit's report, created against the chosen outline on the first write, and locked for the
 * rest of the transaction `db` is (see lockReport): call it first, and check the state after.
 */
export async function reportForWriting(
  db: Kysely<Database>,
  inspection: InspectionRecord,
): Promise<{ report: ReportRecord; template: TemplateRecord; created: boolean }> {
  const existing = await findReportByInspection(db, inspection.id);
  const templateId = existing?.templateId ?? (await templateForNewReport(db, inspection)).id;
  const { id } =
    existing ??
    (await ensureReport(db, { tenantId: inspection.tenantId, inspectionId: inspection.id, templateId }));
  const report = await lockReport(db, id);
  const template = await findOutlineTemplate(db, report.templateId);
  if (!template) throw new Error(`report ${report.id} refers to a missing template`);
  return { report, template, created: existing === null };
}

/** The outline item an input names; only items a unit answers (not headings) are accepted. */
export function answerableItem(template: TemplateRecord, itemCode: string): OutlineItem {
  const item = answerableItems(template.items).find((i) => i.code === itemCode);
  if (!item) throw new DomainError('NOT_FOUND', `Đề cương của báo cáo không có mục ${itemCode} để trả lời.`);
  return item;
}

/** The report's open addition request's items (empty unless the status is additions_requested). */
export function openItemsOf(
  report: ReportRecord,
  requests: readonly { itemCodes: string[]; resolvedAt: Date | null }[],
): string[] {
  if (report.status !== 'additions_requested') return [];
  return requests.filter((r) => r.resolvedAt === null).flatMap((r) => r.itemCodes);
}
