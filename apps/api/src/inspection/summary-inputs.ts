import { type Database, type InspectionRecord, listInspectionResults } from '@kiemtra/db';
import { parseIsoDate, type SummaryInspection } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { visitFactsOf } from '../calendar/deadlines-of.js';
import { toRecommendation } from './recommendation-model.js';

/** The visits as assembleSummary reads them: dates, the acts recorded, findings and recommendations. */
export async function summaryInspections(
  db: Kysely<Database>,
  inspections: readonly InspectionRecord[],
): Promise<SummaryInspection[]> {
  const results = await listInspectionResults(
    db,
    inspections.map((i) => i.id),
  );
  return inspections.map((i) => {
    const out: SummaryInspection = {
      id: i.id,
      unit: { id: i.orgUnitId, name: i.orgUnitName },
      status: i.status,
      dates: i.visitDates.map(parseIsoDate),
      findings: (results.findings.get(i.id) ?? []).map((f) => ({
        id: f.id,
        area: f.area,
        kind: f.kind,
        description: f.description,
        responsibilities: f.responsibilities,
        ...(f.severity === null ? {} : { severity: f.severity }),
      })),
      recommendations: (results.recommendations.get(i.id) ?? []).map(toRecommendation),
    };
    // The acts recorded, read once for every surface (visitFactsOf): a submitted report counts as submitted.
    const facts = visitFactsOf(i, []);
    out.form = facts.form;
    if (facts.scheduleNoticeSentOn !== undefined) out.scheduleNoticeSentOn = facts.scheduleNoticeSentOn;
    if (facts.unitReport !== undefined) out.unitReport = facts.unitReport;
    if (facts.conclusionNoticeSentOn !== undefined) out.conclusionNoticeSentOn = facts.conclusionNoticeSentOn;
    return out;
  });
}
