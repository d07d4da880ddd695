import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { NoticeDeadlineSnapshot } from '../tables/inspections.table.js';

type Executor = Kysely<Database>;

export type { NoticeDeadlineSnapshot };

export interface ScheduleNoticeRecord {
  id: string;
  inspectionId: string;
  number: string;
  noticeDate: string;
  recipients: string[];
  state: 'current' | 'superseded';
  amendsNoticeId: string | null;
  amendsNumber: string | null;
  visitDates: string[];
  deadlines: NoticeDeadlineSnapshot[];
  lateNoticeReason: string | null;
  createdAt: Date;
}

/** Every notice of a visit, oldest first: the current one and those it superseded. */
export async function listScheduleNotices(
  db: Executor,
  inspectionId: string,
): Promise<ScheduleNoticeRecord[]> {
  const rows = await db
    .selectFrom('schedule_notices as n')
    .leftJoin('schedule_notices as amended', 'amended.id', 'n.amends_notice_id')
    .where('n.inspection_id', '=', inspectionId)
    .select([
      'n.id',
      'n.inspection_id',
      'n.number',
      'n.notice_date',
      'n.recipients',
      'n.state',
      'n.amends_notice_id',
      'amended.number as amends_number',
      'n.visit_dates',
      'n.deadlines',
      'n.late_notice_reason',
      'n.created_at',
    ])
    .orderBy('n.created_at')
    .orderBy('n.notice_date')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    inspectionId: r.inspection_id,
    number: r.number,
    noticeDate: r.notice_date,
    recipients: r.recipients,
    state: r.state,
    amendsNoticeId: r.amends_notice_id,
    amendsNumber: r.amends_number ?? null,
    visitDates: r.visit_dates,
    deadlines: r.deadlines,
    lateNoticeReason: r.late_notice_reason,
    createdAt: r.created_at,
  }));
}

/** Marks the visit's notice in force as superseded; returns its id, if there was one. */
export async function supersedeCurrentNotice(db: Executor, inspectionId: string): Promise<string | null> {
  const row = await db
    .updateTable('schedule_notices')
    .set({ state: 'superseded' })
    .where('inspection_id', '=', inspectionId)
    .where('state', '=', 'current')
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The last superseded notice of a visit: a new notice after a reschedule amends it. */
export async function lastSupersededNoticeId(db: Executor, inspectionId: string): Promise<string | null> {
  const row = await db
    .selectFrom('schedule_notices')
    .select('id')
    .where('inspection_id', '=', inspectionId)
    .where('state', '=', 'superseded')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function insertScheduleNotice(
  db: Executor,
  notice: {
    tenantId: string;
    planId: string;
    inspectionId: string;
    number: string;
    noticeDate: string;
    recipients: readonly string[];
    amendsNoticeId: string | null;
    visitDates: readonly string[];
    deadlines: readonly NoticeDeadlineSnapshot[];
    lateNoticeReason: string | null;
  },
): Promise<string> {
  const row = await db
    .insertInto('schedule_notices')
    .values({
      tenant_id: notice.tenantId,
      plan_id: notice.planId,
      inspection_id: notice.inspectionId,
      number: notice.number,
      notice_date: notice.noticeDate,
      recipients: JSON.stringify(notice.recipients),
      state: 'current',
      amends_notice_id: notice.amendsNoticeId,
      visit_dates: JSON.stringify(notice.visitDates),
      deadlines: JSON.stringify(notice.deadlines),
      late_notice_reason: notice.lateNoticeReason,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
