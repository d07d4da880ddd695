import type { Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { SeedData } from './binh-dinh-2024/seed-types.js';
import { CodeMap } from './code-map.js';

/**
 * Inserts the seed, one statement per table, mapping its codes to generated ids as it goes.
 * `passwordHashes` holds a hash for every account, computed before the transaction opened.
 */
export async function insertSeed(
  trx: Transaction<Database>,
  data: SeedData,
  passwordHashes: ReadonlyMap<string, string>,
): Promise<void> {
  const tenantId = data.tenant.id;
  await trx.insertInto('tenants').values({ id: tenantId, name: data.tenant.name }).execute();

  const units = new CodeMap(
    'đơn vị',
    await trx
      .insertInto('org_units')
      .values(
        data.orgUnits.map((u) => ({
          tenant_id: tenantId,
          code: u.code,
          name: u.name,
          short_name: u.shortName,
          kind: u.kind,
          valid_from: u.validFrom,
          valid_to: u.validTo,
        })),
      )
      .returning(['id', 'code'])
      .execute(),
  );

  const links = data.orgUnits.flatMap((u) =>
    u.parentCode === null
      ? []
      : [
          {
            tenant_id: tenantId,
            org_unit_id: units.id(u.code),
            parent_id: units.id(u.parentCode),
            valid_from: u.validFrom,
            valid_to: u.parentValidTo,
          },
        ],
  );
  if (links.length > 0) await trx.insertInto('org_unit_parents').values(links).execute();

  const users = await insertAccounts(trx, data, units, passwordHashes);
  const planId = await insertPlan(trx, data, units);
  const teams = await insertTeams(trx, data, planId, units, users);
  await insertTargets(trx, data, planId, units, teams);
}

async function insertAccounts(
  trx: Transaction<Database>,
  data: SeedData,
  units: CodeMap,
  passwordHashes: ReadonlyMap<string, string>,
): Promise<CodeMap> {
  if (data.accounts.length === 0) return new CodeMap('tài khoản');
  const rows = await trx
    .insertInto('users')
    .values(
      data.accounts.map((a) => {
        const hash = passwordHashes.get(a.username);
        if (hash === undefined) throw new Error(`Thiếu mật khẩu đã băm của tài khoản "${a.username}"`);
        return {
          tenant_id: data.tenant.id,
          org_unit_id: units.id(a.unitCode),
          username: a.username,
          full_name: a.fullName,
          position: a.position,
          password_hash: hash,
        };
      }),
    )
    .returning(['id', 'username'])
    .execute();
  const users = new CodeMap(
    'tài khoản',
    rows.map((r) => ({ code: r.username, id: r.id })),
  );
  const roles = data.accounts.flatMap((a) =>
    a.roles.map((role) => ({ user_id: users.id(a.username), role })),
  );
  if (roles.length > 0) await trx.insertInto('user_roles').values(roles).execute();
  return users;
}

async function insertPlan(trx: Transaction<Database>, data: SeedData, units: CodeMap): Promise<string> {
  const { plan, reportTemplate: template } = data;
  const templateRow = await trx
    .insertInto('report_templates')
    .values({
      tenant_id: data.tenant.id,
      code: template.code,
      version: template.version,
      title: template.title,
      inspection_kind: template.inspectionKind,
      // Published with the plan, on its decision date (Vietnam time), so that reloading is deterministic.
      published_at:
        template.published && plan.decisionDate !== null
          ? new Date(`${plan.decisionDate}T00:00:00+07:00`)
          : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (template.items.length > 0) {
    await trx
      .insertInto('report_template_items')
      .values(
        template.items.map((item, i) => ({
          template_id: templateRow.id,
          code: item.code,
          parent_code: item.parentCode,
          // Document order across the whole outline; ordering siblings by it keeps their order too.
          position: i + 1,
          title: item.title,
          guidance: item.guidance,
          required: item.required,
        })),
      )
      .execute();
  }
  if (plan.reportTemplateCode !== template.code) {
    throw new Error(`Kế hoạch tham chiếu đề cương "${plan.reportTemplateCode}" không có trong dữ liệu`);
  }

  const planRow = await trx
    .insertInto('plans')
    .values({
      tenant_id: data.tenant.id,
      owner_org_unit_id: units.id(plan.ownerCode),
      year: plan.year,
      title: plan.title,
      status: plan.status,
      decision_number: plan.decisionNumber,
      decision_date: plan.decisionDate,
      decision_signer_name: plan.decisionSignerName,
      decision_signer_title: plan.decisionSignerTitle,
      issuing_authority: plan.issuingAuthority,
      legal_bases: JSON.stringify(plan.legalBases),
      proposal: plan.proposal,
      window_start: plan.windowStart,
      window_end: plan.windowEnd,
      purposes: JSON.stringify(plan.purposes),
      requirements: JSON.stringify(plan.requirements),
      forms: JSON.stringify(plan.forms),
      expected_target_count: plan.expectedTargetCount,
      funding_note: plan.fundingNote,
      report_template_id: templateRow.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  if (data.contents.length > 0) {
    await trx
      .insertInto('plan_contents')
      .values(
        data.contents.map((c, i) => ({
          plan_id: planRow.id,
          kind: c.kind,
          code: c.code,
          position: i + 1,
          title: c.title,
          description: c.description,
        })),
      )
      .execute();
  }
  return planRow.id;
}

async function insertTeams(
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
  return teams;
}

async function insertTargets(
  trx: Transaction<Database>,
  data: SeedData,
  planId: string,
  units: CodeMap,
  teams: CodeMap,
): Promise<void> {
  if (data.targets.length === 0) return;
  const rows = await trx
    .insertInto('targets')
    .values(
      data.targets.map((t, i) => ({
        plan_id: planId,
        org_unit_id: units.id(t.unitCode),
        inspection_kind: t.inspectionKind,
        target_group: t.group,
        team_id: teams.id(t.teamCode),
        sort_order: i + 1,
        note: t.note,
      })),
    )
    .returning(['id', 'org_unit_id'])
    .execute();
  const targetIdByUnitId = new Map(rows.map((r) => [r.org_unit_id, r.id]));
  const targets = new CodeMap(
    'đối tượng kiểm tra',
    data.targets.flatMap((t) => {
      const id = targetIdByUnitId.get(units.id(t.unitCode));
      return id === undefined ? [] : [{ code: t.unitCode, id }];
    }),
  );
  const teamOfTarget = new Map(data.targets.map((t) => [t.unitCode, teams.id(t.teamCode)]));

  const subUnits = data.targets.flatMap((t) =>
    t.subUnitCodes.map((code, i) => ({
      target_id: targets.id(t.unitCode),
      org_unit_id: units.id(code),
      sort_order: i + 1,
    })),
  );
  if (subUnits.length > 0) await trx.insertInto('target_sub_units').values(subUnits).execute();

  if (data.inspections.length === 0) return;
  await trx
    .insertInto('inspections')
    .values(
      data.inspections.map((v) => ({
        tenant_id: data.tenant.id,
        plan_id: planId,
        target_id: targets.id(v.targetUnitCode),
        org_unit_id: units.id(v.unitCode),
        team_id: teamOfTarget.get(v.targetUnitCode) ?? null,
        form: v.form,
        status: v.status,
        start_date: v.startDate,
        end_date: v.endDate,
        place: v.place,
      })),
    )
    .execute();
}
