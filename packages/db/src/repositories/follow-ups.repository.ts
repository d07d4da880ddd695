import type { FollowUpKind } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

export interface FollowUpLink {
  inspectionId: string;
  sourceInspectionId: string;
  kind: FollowUpKind;
}

/** Opens a follow-up visit of a concluded one: same plan, target, unit and team, not scheduled yet. */
export async function insertFollowUpInspection(
  db: Executor,
  source: {
    id: string;
    tenantId: string;
    planId: string;
    targetId: string;
    orgUnitId: string;
    teamId: string | null;
  },
  kind: FollowUpKind,
): Promise<string> {
  const row = await db
    .insertInto('inspections')
    .values({
      tenant_id: source.tenantId,
      plan_id: source.planId,
      target_id: source.targetId,
      org_unit_id: source.orgUnitId,
      team_id: source.teamId,
      start_date: null,
      end_date: null,
      place: null,
      late_notice_reason: null,
      follow_up_of_inspection_id: source.id,
      follow_up_kind: kind,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The follow-up links that touch a visit: what it follows up, and the follow-ups opened from it. */
export async function findFollowUpLinks(
  db: Executor,
  inspectionId: string,
): Promise<{ source: FollowUpLink | null; followUps: FollowUpLink[] }> {
  const rows = await db
    .selectFrom('inspections')
    .where((eb) => eb.or([eb('id', '=', inspectionId), eb('follow_up_of_inspection_id', '=', inspectionId)]))
    .where('follow_up_of_inspection_id', 'is not', null)
    .select(['id', 'follow_up_of_inspection_id', 'follow_up_kind', 'created_at'])
    .orderBy('created_at')
    .execute();
  const links = rows.flatMap((r) =>
    r.follow_up_of_inspection_id && r.follow_up_kind
      ? [{ inspectionId: r.id, sourceInspectionId: r.follow_up_of_inspection_id, kind: r.follow_up_kind }]
      : [],
  );
  return {
    source: links.find((l) => l.inspectionId === inspectionId) ?? null,
    followUps: links.filter((l) => l.sourceInspectionId === inspectionId),
  };
}
