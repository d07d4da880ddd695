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
  type Resource,
  type Round,
  summaryReportDeadline,
  toIsoDate,
  type WorkingCalendar,
} from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { planFor, planResource } from '../planning/plan-access.js';
import { authorize } from '../trpc/init.js';

/**
 * The policy's facts about a round: its team (rounds are a team's, seed III.2.e) and its plan. It
 * names no inspected unit: a round lists several units' visits, which no one unit may read.
 */
export const roundResource = (
  team: { teamLeaderUserId: string | null; teamUserIds: readonly string[] },
  plan: { tenantId: string; ownerOrgUnitId: string; status: PlanForPlanning['status'] },
): Resource => ({
  ...planResource(plan),
  teamLeaderUserId: team.teamLeaderUserId,
  teamUserIds: team.teamUserIds,
});

/**
 * Loads a round, its plan and its visits, and checks first that the actor may read the plan and
 * do `action` on the round (`inspection.read` to read it, `results.read` for its summary).
 */
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
  const plan = await planFor(db, actor, 'plan.read', round.planId);
  authorize(actor, action, roundResource(round, plan));
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
