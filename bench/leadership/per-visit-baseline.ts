import {
  type Database,
  findInspection,
  findPlanDeadlineSettings,
  listRecommendationsOf,
  listVisibleInspections,
} from '@kiemtra/db';
import {
  parseIsoDate,
  planIsHistory,
  todayInVietnam,
  type VisitFacts,
  visitDeadlines,
  type WorkingCalendar,
} from '@kiemtra/domain';
import type { Kysely } from 'kysely';

/**
 * The baseline: the leadership figures computed the straightforward way, one visit at a time in
 * TypeScript, re-reading each visit, its plan's rules, its recommendations and its findings.
 */
export async function perVisitOverview(
  db: Kysely<Database>,
  calendar: WorkingCalendar,
  tenantId: string,
  year: number,
): Promise<Record<string, { onTime: number; decided: number }>> {
  const today = todayInVietnam(new Date());
  const list = await listVisibleInspections(db, { tenantId, visibility: { kind: 'all' }, year });
  const rates: Record<string, { onTime: number; decided: number }> = {};
  const findings: Record<string, number> = {};
  for (const row of list) {
    const inspection = await findInspection(db, row.id);
    const settings = await findPlanDeadlineSettings(db, row.planId);
    const recs = await listRecommendationsOf(db, [row.id]);
    if (!inspection || !settings) continue;
    const facts: VisitFacts = {
      status: inspection.status,
      form: inspection.form,
      visitDates: inspection.visitDates.map(parseIsoDate),
      ...(inspection.currentNoticeDate
        ? { scheduleNoticeSentOn: parseIsoDate(inspection.currentNoticeDate) }
        : {}),
      ...(inspection.acts.reportFirstSubmittedAt
        ? {
            unitReport: {
              firstSubmittedOn: todayInVietnam(inspection.acts.reportFirstSubmittedAt),
              awaitingResubmission: false,
            },
          }
        : {}),
      ...(inspection.acts.conclusionNoticeDate
        ? { conclusionNoticeSentOn: parseIsoDate(inspection.acts.conclusionNoticeDate) }
        : {}),
      recommendations: recs.map((r) => ({
        id: r.id,
        action: r.action,
        ...(r.dueDate ? { dueDate: parseIsoDate(r.dueDate) } : {}),
        state: { status: r.status, ...(r.doneOn ? { doneOn: parseIsoDate(r.doneOn) } : {}) },
      })),
    };
    const deadlines = visitDeadlines({
      facts,
      ...settings,
      calendar,
      today,
      historical: planIsHistory(parseIsoDate(inspection.acts.planWindowEnd), today),
    });
    for (const d of deadlines) {
      const r = rates[d.code] ?? { onTime: 0, decided: 0 };
      rates[d.code] = r;
      if (d.state.kind === 'met_on_time') r.onTime++;
      if (['met_on_time', 'met_late', 'missed'].includes(d.state.kind)) r.decided++;
    }
    const own = await db
      .selectFrom('findings')
      .select(['area', 'kind'])
      .where('inspection_id', '=', row.id)
      .execute();
    for (const f of own) findings[`${f.area}.${f.kind}`] = (findings[`${f.area}.${f.kind}`] ?? 0) + 1;
  }
  return rates;
}
