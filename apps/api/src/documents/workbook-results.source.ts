import {
  type Database,
  type InspectionRecord,
  listFindingsOf,
  listRecommendationsOf,
  type RecommendationRecord,
} from '@kiemtra/db';
import type { PlanWorkbookInput } from '@kiemtra/documents';
import { isOverdue, type LocalDate } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { toRecommendation } from '../inspection/recommendation-model.js';

/** The findings and recommendations stored for a plan's visits, as its workbook lists them. */
export async function workbookResults(
  db: Kysely<Database>,
  inspections: readonly InspectionRecord[],
  today: LocalDate,
): Promise<Pick<PlanWorkbookInput, 'findings' | 'recommendations'> & { records: RecommendationRecord[] }> {
  if (inspections.length === 0) return { findings: [], recommendations: [], records: [] };
  const ids = inspections.map((i) => i.id);
  const unitOf = new Map(inspections.map((i) => [i.id, i.orgUnitName]));
  const findings = await listFindingsOf(db, ids);
  const recommendations = await listRecommendationsOf(db, ids);
  return {
    records: recommendations,
    findings: findings.map((f) => ({
      unitName: unitOf.get(f.inspectionId) ?? '',
      area: f.area,
      kind: f.kind,
      ...(f.severity === null ? {} : { severity: f.severity }),
      description: f.description,
    })),
    recommendations: recommendations.map((r) => ({
      unitName: r.inspectionId === null ? '' : (unitOf.get(r.inspectionId) ?? ''),
      action: r.action,
      responsible: r.responsible,
      dueDate: r.dueDate,
      status: r.status,
      overdue: isOverdue(toRecommendation(r), today),
    })),
  };
}
