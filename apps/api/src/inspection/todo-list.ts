import {
  type Database,
  listPlanActivity,
  listPlanDeadlineSettings,
  listRecommendationsOf,
  listVisibleInspections,
  listVisitWorkFacts,
} from '@kiemtra/db';
import {
  type Action,
  type Actor,
  can,
  FINISHED_INSPECTION_STATUSES,
  inspectionVisibility,
  isPlanCurrent,
  parseIsoDate,
  type TodoItem,
  type TodoVisit,
  todoItems,
  toIsoDate,
  yearOf,
} from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { deadlinesOf } from '../calendar/deadlines-of.js';
import type { Clock } from '../clock.js';
import type { AppDeps } from '../trpc/context.js';
import { inspectionResource } from '../trpc/routers/schedule/schedule-context.js';
import { todayOf } from './work-context.js';

// The acts a to-do item asks for; can() decides which of them this person may do on each visit.
const TODO_ACTIONS: readonly Action[] = [
  'plan.manage',
  'inspection.schedule',
  'report.read',
  'report.write',
  'report.review',
  'inspection.record',
  'inspection.conclude',
  'remediation.write',
  'remediation.review',
  'summary.manage',
];

/** "Việc cần làm" of the signed-in person across the plans still current, soonest due first. */
export async function todoListOf(
  deps: { db: Kysely<Database>; clock: Clock; calendar: AppDeps['calendar'] },
  actor: Actor,
): Promise<TodoItem[]> {
  const today = todayOf(deps.clock);
  const plans = await listPlanActivity(deps.db, actor.tenantId, FINISHED_INSPECTION_STATUSES);
  const planIds = plans.filter((p) => isPlanCurrent(p, yearOf(today))).map((p) => p.planId);
  if (planIds.length === 0) return [];
  const inspections = await listVisibleInspections(deps.db, {
    tenantId: actor.tenantId,
    visibility: inspectionVisibility(actor),
    planIds,
  });
  if (inspections.length === 0) return [];
  const ids = inspections.map((i) => i.id);
  const [recommendations, settings, work, calendar] = await Promise.all([
    listRecommendationsOf(deps.db, ids),
    listPlanDeadlineSettings(
      deps.db,
      inspections.map((i) => i.planId),
    ),
    listVisitWorkFacts(deps.db, ids),
    deps.calendar.current(deps.db),
  ]);
  const workOf = new Map(work.map((w) => [w.inspectionId, w]));
  // The unit's head follows the officer's work and approves the report (roles say who heads the unit).
  const approver =
    actor.kind === 'user' && actor.roles.includes('unit_head') && !actor.roles.includes('unit_reporter');
  const visits: TodoVisit[] = [];
  for (const inspection of inspections) {
    const planSettings = settings.get(inspection.planId);
    if (!planSettings) continue;
    const resource = inspectionResource(inspection);
    const own = recommendations.filter((r) => r.inspectionId === inspection.id);
    const facts = workOf.get(inspection.id);
    const start = inspection.visitDates[0];
    visits.push({
      inspectionId: inspection.id,
      planId: inspection.planId,
      roundId: inspection.acts.roundId,
      unitName: inspection.orgUnitName,
      status: inspection.status,
      planWindowEnd: parseIsoDate(inspection.acts.planWindowEnd),
      ...(start === undefined ? {} : { visitStart: parseIsoDate(start) }),
      ...(facts?.reportStatus == null
        ? {}
        : { report: { status: facts.reportStatus, missingItems: facts.missingItems ?? 0 } }),
      minutesRecorded: facts?.minutesRecorded ?? false,
      approver,
      deadlines: deadlinesOf(inspection, planSettings, calendar, today, own),
      recommendations: own.map((r) => ({
        id: r.id,
        action: r.action,
        status: r.status,
        ...(r.dueDate === null ? {} : { dueDate: parseIsoDate(r.dueDate) }),
      })),
      may: new Set(TODO_ACTIONS.filter((a) => can(actor, a, resource).allowed)),
    });
  }
  return todoItems(visits, { today, calendar });
}

/** What a person reads of one to-do item. */
export const toTodoDto = (i: TodoItem) => ({
  key: i.key,
  inspectionId: i.inspectionId,
  title: i.title,
  detail: i.detail ?? null,
  unitName: i.unitName,
  dueDate: toIsoDate(i.dueDate),
  dueDateText: i.dueDateText,
  workingDaysLeft: i.workingDaysLeft,
  stateLabel: i.stateLabel,
  provisional: i.provisional,
  href: i.href,
  readOnly: i.readOnly,
});
