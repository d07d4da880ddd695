import { findOutlineTemplate, findReportByInspection, listVisibleInspections } from '@kiemtra/db';
import { type Actor, answerableItems, type FigureKind } from '@kiemtra/domain';
import { planFor } from '../planning/plan-access.js';
import type { AppDeps } from '../trpc/context.js';
import { templateForNewReport } from './report-access.js';

const KIND_LABELS: Record<FigureKind, string> = {
  count: 'Số đếm (số nguyên, không âm)',
  percent: 'Tỷ lệ phần trăm (0–100)',
  amount: 'Số tiền (không âm)',
};

/**
 * Issue 16: the outlines the units of an issued plan report against (one per kind of unit), with
 * each answerable item's code, figure keys, units and checks, and the visits that use each one: what
 * a system with the `unit-figures:write` scope may push, and where.
 */
export async function planOutline(deps: Pick<AppDeps, 'db'>, actor: Actor, planId: string) {
  const plan = await planFor(deps.db, actor, 'reportOutline.read', planId);
  const inspections = await listVisibleInspections(deps.db, {
    tenantId: plan.tenantId,
    visibility: { kind: 'all' },
    planId: plan.id,
  });
  const byTemplate = new Map<string, { inspectionId: string; orgUnitId: string; orgUnitName: string }[]>();
  for (const inspection of inspections) {
    const report = await findReportByInspection(deps.db, inspection.id);
    const templateId =
      report?.templateId ?? (await templateForNewReport(deps.db, inspection).catch(() => null))?.id;
    if (!templateId) continue;
    const visits = byTemplate.get(templateId) ?? [];
    visits.push({
      inspectionId: inspection.id,
      orgUnitId: inspection.orgUnitId,
      orgUnitName: inspection.orgUnitName,
    });
    byTemplate.set(templateId, visits);
  }
  const outlines = [];
  for (const [templateId, visits] of byTemplate) {
    const template = await findOutlineTemplate(deps.db, templateId);
    if (!template) continue;
    outlines.push({
      code: template.code,
      version: template.version,
      title: template.title,
      inspectionKind: template.inspectionKind,
      items: answerableItems(template.items).map((item) => ({
        code: item.code,
        title: item.title,
        required: item.required,
        figures: item.figures.map((f) => ({
          key: f.key,
          label: f.label,
          kind: f.kind,
          kindLabel: KIND_LABELS[f.kind],
          unit: f.unit,
        })),
        constraints: item.figureRules.map((r) => ({ key: r.key, notGreaterThan: r.notGreaterThan })),
      })),
      inspections: visits,
    });
  }
  return { planId: plan.id, planTitle: plan.title, outlines };
}
