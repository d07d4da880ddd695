import {
  type Database,
  findRound,
  type InspectionRecord,
  listVisibleInspections,
  type PlanForPlanning,
  type RoundRecord,
} from '@kiemtra/db';
import {
  type Action,
  type Actor,
  DomainError,
  formatVietnamese,
  type LocalDate,
  parseIsoDate,
  type Round,
  summaryReportDeadline,
  toIsoDate,
  type WorkingCalendar,
} from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { planFor } from '../planning/plan-access.js';
import { authorize } from '../trpc/init.js';

/** The policy's facts about a round: its team's leader (rounds are a team's, seed III.2.e). */
export const roundResource = (round: { tenantId: string; teamLeaderUserId: string | null }) => ({
  tenantId: round.tenantId,
  teamLeaderUserId: round.teamLeaderUserId,
});

/** Loads a round, its plan and its visits, and checks first that the actor may do `action`. */
export async function roundFor(
  db: Kysely<Database>,
  actor: Actor,
  action: Action,
  roundId: string,
): Promise<{ round: RoundRecord; plan: PlanForPlanning; inspections: InspectionRecord[] }> {
  const round = await findRound(db, roundId);
  if (!round || round.tenantId !== actor.tenantId) {
    throw new DomainError('NOT_FOUND', 'Không tìm thấy đợt kiểm tra này.');
  }
  if (action !== 'plan.read') authorize(actor, action, roundResource(round));
  const plan = await planFor(db, actor, 'plan.read', round.planId);
  const all = await listVisibleInspections(db, {
    tenantId: round.tenantId,
    visibility: { kind: 'all' },
    planId: plan.id,
  });
  const inspections = all.filter((i) => round.inspectionIds.includes(i.id));
  return { round, plan, inspections };
}

/** A round as the domain's rules read it. */
export function toDomainRound(round: RoundRecord, inspections: readonly InspectionRecord[]): Round {
  const out: Round = {
    id: round.id,
    inspections: inspections.map((i) => ({
      id: i.id,
      unitName: i.orgUnitName,
      status: i.status,
      dates: i.visitDates.map(parseIsoDate),
    })),
  };
  if (round.closedOn !== null) out.closedOn = parseIsoDate(round.closedOn);
  return out;
}

/** What a person reads of a round, with the summary deadline once it is closed. */
export function toRoundDto(
  round: RoundRecord,
  inspections: readonly InspectionRecord[],
  plan: PlanForPlanning,
  calendar: WorkingCalendar,
  today: LocalDate,
  summaryIssuedOn: string | null,
) {
  const deadline =
    round.closedOn === null
      ? null
      : summaryReportDeadline({
          round: toDomainRound(round, inspections),
          rules: plan.deadlineRules,
          calendar,
          today,
          ...(summaryIssuedOn === null ? {} : { submittedOn: parseIsoDate(summaryIssuedOn) }),
        });
  return {
    id: round.id,
    name: round.name,
    teamId: round.teamId,
    teamName: round.teamName,
    closedOn: round.closedOn,
    closedOnText: round.closedOn === null ? null : formatVietnamese(parseIsoDate(round.closedOn)),
    version: round.version,
    inspections: inspections.map((i) => ({
      id: i.id,
      orgUnitName: i.orgUnitName,
      status: i.status,
      startDate: i.startDate,
    })),
    summaryDeadline:
      deadline?.ok === true
        ? {
            dueDate: toIsoDate(deadline.deadline.dueDate),
            dueDateText: formatVietnamese(deadline.deadline.dueDate),
            state: deadline.deadline.state.kind,
            stateLabel: deadline.deadline.stateLabel,
          }
        : null,
  };
}
