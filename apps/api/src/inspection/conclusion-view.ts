import {
  type Database,
  findConclusion,
  type InspectionRecord,
  listFindings,
  listRecommendations,
  type PlanForPlanning,
} from '@kiemtra/db';
import {
  type Actor,
  can,
  checkConclusionIssuable,
  formatVietnamese,
  type LocalDate,
  parseIsoDate,
  toIsoDate,
  type WorkingCalendar,
} from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { deadlinesOf } from '../calendar/deadlines-of.js';
import { toInspectionDto } from '../trpc/dto/inspection.dto.js';
import { toFindingDto } from './finding-dto.js';
import { toRecommendation, toRecommendationDto } from './recommendation-model.js';
import { inspectionResource, seesDrafts } from './work-context.js';

// Any well-formed number: the preview asks what, besides the notice itself, blocks the conclusion.
const PREVIEW_NUMBER = '1/TB-ĐKT';

/** Everything the work page and the unit's page show of a conclusion, for this actor today. */
export async function conclusionView(
  db: Kysely<Database>,
  input: {
    actor: Actor;
    inspection: InspectionRecord;
    plan: PlanForPlanning;
    calendar: WorkingCalendar;
    today: LocalDate;
  },
) {
  const { actor, inspection, plan, calendar, today } = input;
  const resource = inspectionResource(inspection);
  const rights = {
    canRecord: can(actor, 'inspection.record', resource).allowed,
    canConclude: can(actor, 'inspection.conclude', resource).allowed,
    canReview: can(actor, 'remediation.review', resource).allowed,
    canReport: can(actor, 'remediation.write', resource).allowed,
  };
  const visible = seesDrafts(actor, inspection);
  const conclusion = visible ? await findConclusion(db, inspection.id) : null;
  const findings = visible ? await listFindings(db, inspection.id) : [];
  const recommendations = visible ? await listRecommendations(db, inspection.id) : [];

  const dates = inspection.visitDates.map(parseIsoDate).toSorted((a, b) => a - b);
  const last = dates.at(-1);
  const deadline = deadlinesOf(
    inspection,
    { rules: plan.deadlineRules, reading: plan.deadlineReading },
    calendar,
    today,
  ).find((x) => x.code === 'CONCLUSION_NOTICE');

  const preview = checkConclusionIssuable({
    inspection: { lastOnSiteDay: last, status: inspection.status },
    findings,
    recommendations: recommendations.filter((r) => r.earlierConclusionId === null).map(toRecommendation),
    notice: { number: PREVIEW_NUMBER, date: today },
    today,
  });
  const blockers = preview.ok ? [] : preview.issues.filter((i) => !i.code.startsWith('conclusion_notice'));

  return {
    inspection: toInspectionDto(inspection),
    visible,
    ...rights,
    generalAssessment: conclusion?.generalAssessment ?? '',
    conclusionVersion: conclusion?.version ?? 0,
    notice:
      conclusion?.noticeNumber && conclusion.noticeDate
        ? {
            number: conclusion.noticeNumber,
            date: conclusion.noticeDate,
            dateText: formatVietnamese(parseIsoDate(conclusion.noticeDate)),
            issuedByName: conclusion.issuedByName,
          }
        : null,
    deadline: deadline
      ? {
          dueDate: toIsoDate(deadline.dueDate),
          dueDateText: formatVietnamese(deadline.dueDate),
          state: deadline.state.kind,
          stateLabel: deadline.stateLabel,
        }
      : null,
    findings: findings.map(toFindingDto),
    recommendations: recommendations.map((r) => toRecommendationDto(r, today)),
    blockers: blockers.map((i) => ({ code: i.code, message: i.message, itemIds: i.itemIds ?? [] })),
  };
}

export type ConclusionView = Awaited<ReturnType<typeof conclusionView>>;
