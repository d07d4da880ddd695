import {
  type Database,
  insertNotifications,
  listAccountsWithRole,
  listPlanActivity,
  listPlanDeadlineSettings,
  listPlanReminderSettings,
  listRecommendationsOf,
  listTenantIds,
  listTokensInForce,
  listVisibleInspections,
} from '@kiemtra/db';
import {
  FINISHED_INSPECTION_STATUSES,
  isPlanCurrent,
  type LocalDate,
  notificationsFor,
  type ReminderVisit,
  reminderSettingsOf,
  remindersDueOn,
  todayInVietnam,
  tokenAboutToExpire,
  UNIT_VISIBLE_STATUSES,
  type WorkingCalendar,
  yearOf,
} from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { buildStoredCalendar } from '../calendar/calendar-provider.js';
import { deadlinesOf } from '../calendar/deadlines-of.js';
import type { Clock } from '../clock.js';
import { visitPeopleOf } from './visit-people.js';

/** The visits of one province's current plans, as their reminders read them today. */
async function reminderVisits(
  db: Kysely<Database>,
  tenantId: string,
  calendar: WorkingCalendar,
  today: LocalDate,
): Promise<ReminderVisit[]> {
  const plans = await listPlanActivity(db, tenantId, FINISHED_INSPECTION_STATUSES);
  const planIds = plans.filter((p) => isPlanCurrent(p, yearOf(today))).map((p) => p.planId);
  if (planIds.length === 0) return [];
  const inspections = await listVisibleInspections(db, { tenantId, visibility: { kind: 'all' }, planIds });
  if (inspections.length === 0) return [];
  const ids = inspections.map((i) => i.id);
  const [recommendations, deadlineSettings, reminderSettings, people] = await Promise.all([
    listRecommendationsOf(db, ids),
    listPlanDeadlineSettings(db, planIds),
    listPlanReminderSettings(db, planIds),
    visitPeopleOf(db, inspections),
  ]);
  return inspections.flatMap((inspection) => {
    const settings = deadlineSettings.get(inspection.planId);
    const visitPeople = people.get(inspection.id);
    if (!settings || !visitPeople) return [];
    const own = recommendations.filter((r) => r.inspectionId === inspection.id);
    return [
      {
        inspectionId: inspection.id,
        planId: inspection.planId,
        roundId: inspection.acts.roundId,
        unitName: inspection.orgUnitName,
        unitInformed: UNIT_VISIBLE_STATUSES.includes(inspection.status),
        deadlines: deadlinesOf(inspection, settings, calendar, today, own),
        recommendations: own.map((r) => ({ id: r.id, status: r.status })),
        people: visitPeople,
        settings: reminderSettingsOf(reminderSettings.get(inspection.planId)),
      },
    ];
  });
}

/**
 * Today's reminders of every province, recorded as notifications under their stable keys: run
 * again (a restart, a retry) it records nothing twice. Everything is counted on the calendar as
 * stored now, so a day off added yesterday has already moved what is due today.
 * @returns how many were recorded now
 */
export async function recordTodaysReminders(deps: { db: Kysely<Database>; clock: Clock }): Promise<number> {
  const now = deps.clock.now();
  const today = todayInVietnam(now);
  const calendar = await buildStoredCalendar(deps.db);
  let recorded = 0;
  for (const tenantId of await listTenantIds(deps.db)) {
    const visits = await reminderVisits(deps.db, tenantId, calendar, today);
    const reminders = remindersDueOn(visits, calendar, today);
    const rows = await insertNotifications(
      deps.db,
      reminders.map((r) => ({
        tenantId,
        recipientId: r.recipientId,
        kind: r.kind,
        title: r.title,
        body: r.body,
        linkPath: r.href,
        dedupKey: r.key,
        createdAt: now,
      })),
    );
    recorded += rows.length;
    recorded += (await recordTokenExpiries(deps.db, tenantId, now)).length;
  }
  return recorded;
}

/** The system administrators are told, once per token, of a system's token about to expire. */
async function recordTokenExpiries(db: Kysely<Database>, tenantId: string, now: Date) {
  const expiring = (await listTokensInForce(db, tenantId, now)).filter((t) =>
    tokenAboutToExpire(t.expiresAt, now),
  );
  if (expiring.length === 0) return [];
  const admins = await listAccountsWithRole(db, tenantId, 'system_admin');
  const drafts = expiring.flatMap((t) =>
    notificationsFor(
      {
        type: 'token_expiring',
        tokenId: t.tokenId,
        clientId: t.clientId,
        clientName: t.clientName,
        expiresOn: todayInVietnam(t.expiresAt),
        systemAdminIds: admins,
      },
      null,
    ),
  );
  return insertNotifications(
    db,
    drafts.map((n) => ({
      tenantId,
      recipientId: n.recipientId,
      kind: n.kind,
      title: n.title,
      body: n.body,
      linkPath: n.href,
      dedupKey: n.key,
      createdAt: now,
    })),
  );
}
