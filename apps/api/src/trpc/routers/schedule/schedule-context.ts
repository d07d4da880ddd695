import {
  type Database,
  findInspection,
  findPlanForPlanning,
  type InspectionRecord,
  listDatedVisits,
  type PlanForPlanning,
} from '@kiemtra/db';
import {
  type Action,
  type Actor,
  checkSchedule,
  DomainError,
  type InspectionForm,
  parseIsoDate,
  type ScheduleCheckResult,
  type WorkingCalendar,
} from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { conflict, refusal } from '../../errors.js';
import { authorize } from '../../init.js';

/** The policy's facts about one visit: its unit, its team, its plan's owner, its status. */
export const inspectionResource = (i: InspectionRecord) => ({
  tenantId: i.tenantId,
  unitIds: [i.orgUnitId],
  teamUserIds: i.teamUserIds,
  teamLeaderUserId: i.teamLeaderUserId,
  planOwnerUnitId: i.planOwnerUnitId,
  inspectionStatus: i.status,
});

/** Loads a visit and its plan, and checks first that the actor may do `action` on it. */
export async function inspectionFor(
  db: Kysely<Database>,
  actor: Actor,
  action: Action,
  inspectionId: string,
): Promise<{ inspection: InspectionRecord; plan: PlanForPlanning }> {
  const inspection = await findInspection(db, inspectionId);
  if (!inspection || inspection.tenantId !== actor.tenantId) {
    throw new DomainError('NOT_FOUND', 'Không tìm thấy cuộc kiểm tra này.');
  }
  authorize(actor, action, inspectionResource(inspection));
  const plan = await findPlanForPlanning(db, inspection.planId);
  if (!plan) throw new DomainError('NOT_FOUND', 'Không tìm thấy kế hoạch kiểm tra này.');
  return { inspection, plan };
}

/** The visit a team leader is about to reschedule, as the version they edited; a newer one is a 409. */
export async function inspectionToSchedule(
  db: Kysely<Database>,
  actor: Actor,
  input: { inspectionId: string; expectedVersion: number },
): Promise<{ inspection: InspectionRecord; plan: PlanForPlanning }> {
  const found = await inspectionFor(db, actor, 'inspection.schedule', input.inspectionId);
  if (found.inspection.version !== input.expectedVersion) throw conflict('Lịch kiểm tra');
  return found;
}

/**
 * checkSchedule against the team's and the unit's other visits across every plan of the province,
 * the plan's window, decision date, rules and reading; throws the refusal with every reason.
 */
export async function assertSchedule(
  db: Kysely<Database>,
  input: {
    inspection: InspectionRecord;
    plan: PlanForPlanning;
    dates: readonly string[];
    form: InspectionForm;
    lateNoticeReason: string | null;
    calendar: WorkingCalendar;
    today: ReturnType<typeof parseIsoDate>;
  },
): Promise<Extract<ScheduleCheckResult, { ok: true }>> {
  const { inspection, plan } = input;
  const teamKey = (teamId: string | null, id: string) => teamId ?? `no-team:${id}`;
  const others = await listDatedVisits(db, inspection.tenantId);
  const result = checkSchedule({
    inspection: {
      id: inspection.id,
      unitId: inspection.orgUnitId,
      unitName: inspection.orgUnitName,
      targetId: inspection.targetId,
      teamId: teamKey(inspection.teamId, inspection.id),
      teamName: inspection.teamName ?? 'Đoàn kiểm tra',
      dates: input.dates.map(parseIsoDate),
      kind: inspection.targetKind,
      form: input.form,
    },
    plan: {
      window: { start: parseIsoDate(plan.windowStart), end: parseIsoDate(plan.windowEnd) },
      issuedOn: plan.decisionDate === null ? null : parseIsoDate(plan.decisionDate),
    },
    otherInspections: others.map((o) => ({
      id: o.id,
      unitId: o.unitId,
      unitName: o.unitName,
      targetId: o.targetId,
      teamId: teamKey(o.teamId, o.id),
      teamName: o.teamName ?? 'Đoàn kiểm tra',
      dates: o.dates.map(parseIsoDate),
    })),
    calendar: input.calendar,
    today: input.today,
    rules: plan.deadlineRules,
    reading: plan.deadlineReading,
    lateNoticeReason: input.lateNoticeReason,
  });
  if (!result.ok) throw refusal(result.issues);
  return result;
}
