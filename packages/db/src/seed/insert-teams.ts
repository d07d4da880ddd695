import type { Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { SeedData } from './binh-dinh-2024/seed-types.js';
import { CodeMap } from './code-map.js';

/** The plan's teams and their members. Returns team ids by team code. */
export async function insertTeams(
  trx: Transaction<Database>,
  data: SeedData,
  planId: string,
  units: CodeMap,
  users: CodeMap,
): Promise<CodeMap> {
  if (data.teams.length === 0) return new CodeMap('đoàn kiểm tra');
  const rows = await trx
    .insertInto('teams')
    .values(
      data.teams.map((t) => ({
        plan_id: planId,
        name: t.name,
        lead_agency_id: units.id(t.leadAgencyCode),
        decision_number: t.decisionNumber,
        decision_date: t.decisionDate,
        decision_signer_name: t.decisionSignerName,
        decision_signer_title: t.decisionSignerTitle,
        kind: t.kind,
        decision_signer_office: t.decisionSignerOffice,
      })),
    )
    .returning(['id', 'name'])
    .execute();
  // Teams have no code column; within one plan the seed's team names are unique.
  const teams = new CodeMap(
    'đoàn kiểm tra',
    data.teams.flatMap((t) => {
      const row = rows.find((r) => r.name === t.name);
      return row ? [{ code: t.code, id: row.id }] : [];
    }),
  );
  const members = data.teams.flatMap((t) =>
    t.members.map((m, i) => ({
      team_id: teams.id(t.code),
      user_id: m.username === null ? null : users.id(m.username),
      full_name: m.fullName,
      position: m.position,
      agency_id: units.id(m.agencyCode),
      role: m.role,
      sort_order: i + 1,
    })),
  );
  if (members.length > 0) await trx.insertInto('team_members').values(members).execute();
  // Seed IV.1 names the plan's member agencies only through the teams' composition: every agency
  // with staff on a team (invited press aside) is one.
  const police = new Set(data.teams.flatMap((t) => t.policeAgencyCodes ?? []));
  const agencyCodes = [
    ...new Set(
      data.teams.flatMap((t) => t.members.filter((m) => m.role !== 'press').map((m) => m.agencyCode)),
    ),
  ];
  if (agencyCodes.length > 0) {
    await trx
      .insertInto('plan_member_agencies')
      .values(
        agencyCodes.map((code, i) => ({
          plan_id: planId,
          org_unit_id: units.id(code),
          is_police_unit: police.has(code),
          sort_order: i + 1,
        })),
      )
      .execute();
  }
  return teams;
}
