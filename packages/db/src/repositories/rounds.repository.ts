import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

export interface RoundRecord {
  id: string;
  tenantId: string;
  planId: string;
  teamId: string;
  teamName: string;
  name: string;
  closedOn: string | null;
  version: number;
  inspectionIds: string[];
  /** The team leader's user id, for the access policy. */
  teamLeaderUserId: string | null;
  /** The users on the round's team, the leader included, for the access policy. */
  teamUserIds: string[];
}

const base = (db: Executor) =>
  db
    .selectFrom('rounds')
    .innerJoin('teams', 'teams.id', 'rounds.team_id')
    .select((eb) => [
      'rounds.id',
      'rounds.tenant_id',
      'rounds.plan_id',
      'rounds.team_id',
      'teams.name as team_name',
      'rounds.name',
      'rounds.closed_on',
      'rounds.version',
      eb
        .selectFrom('inspections')
        .whereRef('inspections.round_id', '=', 'rounds.id')
        .select(
          sql<string[]>`coalesce(json_agg(inspections.id ORDER BY inspections.start_date), '[]')`.as('ids'),
        )
        .as('inspection_ids'),
      eb
        .selectFrom('team_members')
        .whereRef('team_members.team_id', '=', 'rounds.team_id')
        .where('team_members.role', '=', 'leader')
        .select('team_members.user_id')
        .limit(1)
        .as('team_leader_user_id'),
      eb
        .selectFrom('team_members')
        .whereRef('team_members.team_id', '=', 'rounds.team_id')
        .where('team_members.user_id', 'is not', null)
        .select(sql<string[]>`coalesce(json_agg(team_members.user_id), '[]')`.as('ids'))
        .as('team_user_ids'),
    ]);

type Row = NonNullable<Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirst']>>>;
const toRecord = (r: Row): RoundRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  planId: r.plan_id,
  teamId: r.team_id,
  teamName: r.team_name,
  name: r.name,
  closedOn: r.closed_on,
  version: r.version,
  inspectionIds: r.inspection_ids ?? [],
  teamLeaderUserId: r.team_leader_user_id ?? null,
  teamUserIds: r.team_user_ids ?? [],
});

export async function findRound(db: Executor, roundId: string): Promise<RoundRecord | null> {
  const row = await base(db).where('rounds.id', '=', roundId).executeTakeFirst();
  return row ? toRecord(row) : null;
}

export async function listRounds(db: Executor, planId: string): Promise<RoundRecord[]> {
  const rows = await base(db).where('rounds.plan_id', '=', planId).orderBy('rounds.created_at').execute();
  return rows.map(toRecord);
}

/** A new round of a team with the given visits (taken out of any other open round). */
export async function insertRound(
  db: Executor,
  input: { tenantId: string; planId: string; teamId: string; name: string; inspectionIds: readonly string[] },
): Promise<string> {
  const row = await db
    .insertInto('rounds')
    .values({
      tenant_id: input.tenantId,
      plan_id: input.planId,
      team_id: input.teamId,
      name: input.name,
      closed_on: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .updateTable('inspections')
    .set({ round_id: row.id })
    .where('id', 'in', [...input.inspectionIds])
    .execute();
  return row.id;
}

/** Closes a round still at `expectedVersion`; the new version, or null. */
export async function closeRound(
  db: Executor,
  roundId: string,
  expectedVersion: number,
  closedOn: string,
): Promise<number | null> {
  const row = await db
    .updateTable('rounds')
    .set({ closed_on: closedOn, version: sql`version + 1` })
    .where('id', '=', roundId)
    .where('version', '=', expectedVersion)
    .where('closed_on', 'is', null)
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}
