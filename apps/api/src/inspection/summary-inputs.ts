import { type Database, type InspectionRecord, listInspectionResults } from '@kiemtra/db';
import { parseIsoDate, type SummaryInspection } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { toRecommendation } from './recommendation-model.js';

/** The visits as assembleSummary reads them: dates, notices, findings and recommendations. */
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
    if (i.currentNoticeDate !== null) out.scheduleNoticeSentOn = parseIsoDate(i.currentNoticeDate);
    const notice = results.conclusionNoticeDates.get(i.id);
    if (notice !== undefined) out.conclusionNoticeSentOn = parseIsoDate(notice);
    return out;
  });
}
