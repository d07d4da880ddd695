import type { Role, SignerOffice, TeamKind, TeamMemberRole } from '@kiemtra/domain';
import { type Kysely, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

export interface TeamFields {
  name: string;
  kind: TeamKind;
  leadAgencyId: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  decisionSignerName: string | null;
  decisionSignerOffice: SignerOffice | null;
  /** The signing line as printed, derived from the office. */
  decisionSignerTitle: string | null;
}

export interface TeamMemberFields {
  userId: string | null;
  fullName: string;
  position: string | null;
  agencyId: string;
  role: TeamMemberRole;
}

export interface TeamRecord extends TeamFields {
  id: string;
  planId: string;
  version: number;
  members: (TeamMemberFields & { agencyName: string })[];
}

const columns = (f: TeamFields) => ({
  name: f.name,
  kind: f.kind,
  lead_agency_id: f.leadAgencyId,
  decision_number: f.decisionNumber,
  decision_date: f.decisionDate,
  decision_signer_name: f.decisionSignerName,
  decision_signer_office: f.decisionSignerOffice,
  decision_signer_title: f.decisionSignerTitle,
});

export async function findTeam(db: Executor, teamId: string): Promise<TeamRecord | null> {
  const row = await db
    .selectFrom('teams')
    .where('teams.id', '=', teamId)
    .select((eb) => [
      'teams.id',
      'teams.plan_id',
      'teams.name',
      'teams.kind',
      'teams.lead_agency_id',
      'teams.decision_number',
      'teams.decision_date',
      'teams.decision_signer_name',
      'teams.decision_signer_office',
      'teams.decision_signer_title',
      'teams.version',
      jsonArrayFrom(
        eb
          .selectFrom('team_members')
          .innerJoin('org_units as agency', 'agency.id', 'team_members.agency_id')
          .whereRef('team_members.team_id', '=', 'teams.id')
          .select([
            'team_members.user_id',
            'team_members.full_name',
            'team_members.position',
            'team_members.agency_id',
            'agency.name as agency_name',
            'team_members.role',
          ])
          .orderBy('team_members.sort_order'),
      ).as('members'),
    ])
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    planId: row.plan_id,
    name: row.name,
    kind: row.kind,
    leadAgencyId: row.lead_agency_id,
    decisionNumber: row.decision_number,
    decisionDate: row.decision_date,
    decisionSignerName: row.decision_signer_name,
    decisionSignerOffice: row.decision_signer_office,
    decisionSignerTitle: row.decision_signer_title,
    version: row.version,
    members: row.members.map((m) => ({
      userId: m.user_id,
      fullName: m.full_name,
      position: m.position,
      agencyId: m.agency_id,
      agencyName: m.agency_name,
      role: m.role,
    })),
  };
}

export async function insertTeam(db: Executor, planId: string, fields: TeamFields): Promise<string> {
  const row = await db
    .insertInto('teams')
    .values({ ...columns(fields), plan_id: planId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Saves a team if its version is still `expectedVersion`; the new version, or null on a conflict. */
export async function updateTeam(
  db: Executor,
  teamId: string,
  expectedVersion: number,
  fields: TeamFields,
): Promise<number | null> {
  const row = await db
    .updateTable('teams')
    .set({ ...columns(fields), version: sql`version + 1` })
    .where('id', '=', teamId)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}

/** Replaces a team's members by these, in this order. */
export async function replaceTeamMembers(
  db: Executor,
  teamId: string,
  members: readonly TeamMemberFields[],
): Promise<void> {
  await db.deleteFrom('team_members').where('team_id', '=', teamId).execute();
  if (members.length === 0) return;
  await db
    .insertInto('team_members')
    .values(
      members.map((m, i) => ({
        team_id: teamId,
        user_id: m.userId,
        full_name: m.fullName,
        position: m.position,
        agency_id: m.agencyId,
        role: m.role,
        sort_order: i + 1,
      })),
    )
    .execute();
}

/** Names of org units by id, for messages that name the agencies chosen. */
export async function orgUnitNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('org_units')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A person who may be put on a team: an active account holding the team leader's or an inspector's role. */
export interface TeamCandidate {
  userId: string;
  fullName: string;
  position: string | null;
  orgUnitId: string;
  orgUnitName: string;
  roles: Role[];
}

/** The province's team leaders and inspectors, by name, for the team form to link members to accounts. */
export async function listTeamCandidates(db: Executor, tenantId: string): Promise<TeamCandidate[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('org_units', 'org_units.id', 'users.org_unit_id')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .where('users.tenant_id', '=', tenantId)
    .where('users.active', '=', true)
    .where('user_roles.role', 'in', ['team_leader', 'inspector'])
    .select([
      'users.id',
      'users.full_name',
      'users.position',
      'users.org_unit_id',
      'org_units.name as org_unit_name',
      'user_roles.role',
    ])
    .orderBy('users.full_name')
    .execute();
  const byUser = new Map<string, TeamCandidate>();
  for (const r of rows) {
    const person = byUser.get(r.id) ?? {
      userId: r.id,
      fullName: r.full_name,
      position: r.position,
      orgUnitId: r.org_unit_id,
      orgUnitName: r.org_unit_name,
      roles: [],
    };
    person.roles.push(r.role);
    byUser.set(r.id, person);
  }
  return [...byUser.values()];
}
