import type { InspectionRecord, RecommendationRecord } from '@kiemtra/db';
import {
  type DeadlineReading,
  type DeadlineRule,
  type InspectionDeadline,
  type LocalDate,
  parseIsoDate,
  planIsHistory,
  todayInVietnam,
  type VisitFacts,
  visitDeadlines,
  type WorkingCalendar,
} from '@kiemtra/domain';
import { toRecommendation } from '../inspection/recommendation-model.js';

const dateOf = (iso: string | null): LocalDate | undefined => (iso === null ? undefined : parseIsoDate(iso));
const dayOf = (instant: Date | null): LocalDate | undefined =>
  instant === null ? undefined : todayInVietnam(instant);

/** What the record says of a visit, as the domain's deadline rule reads it. */
export function visitFactsOf(
  inspection: InspectionRecord,
  recommendations: readonly RecommendationRecord[],
): VisitFacts {
  const { acts } = inspection;
  const facts: VisitFacts = {
    status: inspection.status,
    form: inspection.form,
    visitDates: inspection.visitDates.map(parseIsoDate),
    recommendations: recommendations.filter((r) => r.inspectionId === inspection.id).map(toRecommendation),
  };
  const notice = dateOf(inspection.currentNoticeDate);
  if (notice !== undefined) facts.scheduleNoticeSentOn = notice;
  const first = dayOf(acts.reportFirstSubmittedAt);
  if (first !== undefined) {
    const last = dayOf(acts.reportLastSubmittedAt);
    facts.unitReport = {
      firstSubmittedOn: first,
      ...(last === undefined ? {} : { lastSubmittedOn: last }),
      awaitingResubmission: acts.reportStatus === 'reopened' || acts.reportStatus === 'additions_requested',
    };
  }
  const conclusion = dateOf(acts.conclusionNoticeDate);
  if (conclusion !== undefined) facts.conclusionNoticeSentOn = conclusion;
  const roundEnd = dateOf(acts.roundEnd);
  if (roundEnd !== undefined) {
    const closedOn = dateOf(acts.roundClosedOn);
    const summaryIssuedOn = dateOf(acts.summaryIssuedOn);
    facts.round = {
      end: roundEnd,
      ...(closedOn === undefined ? {} : { closedOn }),
      ...(summaryIssuedOn === undefined ? {} : { summaryIssuedOn }),
    };
  }
  return facts;
}

/**
 * Every deadline of a visit from what is recorded, by the domain's one rule; pass the visit's
 * recommendations (or those of many visits) where its remediation deadlines are shown.
 */
export function deadlinesOf(
  inspection: InspectionRecord,
  settings: { rules: readonly DeadlineRule[]; reading: DeadlineReading },
  calendar: WorkingCalendar,
  today: LocalDate,
  recommendations: readonly RecommendationRecord[] = [],
): InspectionDeadline[] {
  return visitDeadlines({
    facts: visitFactsOf(inspection, recommendations),
    ...settings,
    calendar,
    today,
    historical: planIsHistory(parseIsoDate(inspection.acts.planWindowEnd), today),
  });
}
