import {
  type Database,
  findInspection,
  findPlanForPlanning,
  findRound,
  findTeam,
  listScheduleNotices,
  listVisibleInspections,
  type PlanForPlanning,
  type TeamRecord,
} from '@kiemtra/db';
import { type Action, type Actor, DomainError, type LocalDate, type WorkingCalendar } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { deadlinesOf } from '../calendar/deadlines-of.js';
import { planResource } from '../planning/plan-access.js';
import { authorize } from '../trpc/init.js';
import type { NoticeVisit } from './schedule-notice.source.js';

/** Loads a team and its plan, checking first that the actor may do `action` on the team's work. */
export async function teamFor(
  db: Kysely<Database>,
  actor: Actor,
  action: Action,
  teamId: string,
): Promise<{ team: TeamRecord; plan: PlanForPlanning }> {
  const team = await findTeam(db, teamId);
  const plan = team ? await findPlanForPlanning(db, team.planId) : null;
  if (!team || !plan || plan.tenantId !== actor.tenantId) {
    throw new DomainError('NOT_FOUND', 'Không tìm thấy Đoàn kiểm tra này.');
  }
  const userIds = team.members.flatMap((m) => (m.userId ? [m.userId] : []));
  authorize(actor, action, {
    ...planResource(plan),
    teamUserIds: userIds,
    teamLeaderUserId: team.members.find((m) => m.role === 'leader')?.userId ?? null,
  });
  return { team, plan };
}

/** A visit with its notice in force and its deadlines today. */
export async function noticeVisit(
  db: Kysely<Database>,
  inspectionId: string,
  plan: PlanForPlanning,
  calendar: WorkingCalendar,
  today: LocalDate,
): Promise<NoticeVisit> {
  const inspection = await findInspection(db, inspectionId);
  if (!inspection) throw new DomainError('NOT_FOUND', 'Không tìm thấy cuộc kiểm tra này.');
  const notices = await listScheduleNotices(db, inspection.id);
  return {
    inspection,
    notice: notices.find((n) => n.state === 'current') ?? null,
    deadlines: deadlinesOf(
      inspection,
      { rules: plan.deadlineRules, reading: plan.deadlineReading },
      calendar,
      today,
    ),
  };
}

/** The visits of a team in a plan (its round), in date order, cancelled ones left out. */
export async function teamVisits(
  db: Kysely<Database>,
  plan: PlanForPlanning,
  teamId: string,
  calendar: WorkingCalendar,
  today: LocalDate,
): Promise<NoticeVisit[]> {
  const all = await listVisibleInspections(db, {
    tenantId: plan.tenantId,
    visibility: { kind: 'all' },
    planId: plan.id,
  });
  const ofTeam = all.filter((i) => i.teamId === teamId && i.status !== 'cancelled');
  const visits: NoticeVisit[] = [];
  for (const i of ofTeam) visits.push(await noticeVisit(db, i.id, plan, calendar, today));
  return visits;
}

/**
 * The visits of a team's round when a round is named (its own visits only), else all the team's
 * visits in the plan; the round's name then goes into the file name.
 */
export async function roundOrTeamVisits(
  db: Kysely<Database>,
  visits: readonly NoticeVisit[],
  teamId: string,
  roundId: string | undefined,
): Promise<{ visits: NoticeVisit[]; roundName: string | null }> {
  if (roundId === undefined) return { visits: [...visits], roundName: null };
  const round = await findRound(db, roundId);
  if (!round || round.teamId !== teamId) {
    throw new DomainError('NOT_FOUND', 'Không tìm thấy đợt kiểm tra này của Đoàn kiểm tra.');
  }
  return {
    visits: visits.filter((v) => round.inspectionIds.includes(v.inspection.id)),
    roundName: round.name,
  };
}
