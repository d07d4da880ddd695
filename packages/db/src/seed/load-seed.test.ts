import {
  buildCalendar,
  compareTargetCount,
  OFFICIAL_SCHEDULES,
  type OrgUnitNode,
  parseIsoDate,
  treeAsAt,
} from '@kiemtra/domain';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection.js';
import type { Database } from '../database.js';
import { loadOrgUnitHistory } from '../repositories/org-units.repository.js';
import { createTestDatabase } from '../testing/index.js';
import { withActor } from '../with-actor.js';
import { DEMO_SIGN_INS } from './binh-dinh-2024/demo-sign-ins.js';
import { loadBinhDinh2024 } from './load-seed.js';

const fastHash = { hashPassword: async (password: string) => `test:${password}` };

const SEEDED_TABLES = [
  'tenants',
  'org_units',
  'org_unit_parents',
  'users',
  'user_roles',
  'report_templates',
  'report_template_items',
  'plans',
  'plan_contents',
  'teams',
  'team_members',
  'targets',
  'target_sub_units',
  'inspections',
] as const;

async function rowCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [...SEEDED_TABLES, 'audit_log'] as const) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

let handle: DatabaseHandle;
let firstLoad: { loaded: boolean };
beforeAll(async () => {
  handle = await createTestDatabase();
  firstLoad = await loadBinhDinh2024(handle.db, fastHash);
});
afterAll(async () => handle.close());

describe('the 2024 Bình Định seed', () => {
  it('loads on an empty database', () => {
    expect(firstLoad).toEqual({ loaded: true });
  });

  it('holds exactly the targets III.1 names, in its order, with their groups, kinds and teams', async () => {
    const rows = await handle.db
      .selectFrom('targets')
      .innerJoin('org_units', 'org_units.id', 'targets.org_unit_id')
      .innerJoin('teams', 'teams.id', 'targets.team_id')
      .innerJoin('org_units as lead', 'lead.id', 'teams.lead_agency_id')
      .select(['org_units.name', 'targets.target_group', 'targets.inspection_kind', 'lead.name as lead'])
      .orderBy('targets.sort_order')
      .execute();
    const byGroup = (group: string) => rows.filter((r) => r.target_group === group).map((r) => r.name);

    expect(byGroup('provincial_agencies')).toEqual([
      'Sở Kế hoạch và Đầu tư',
      'Sở Công Thương',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Sở Lao động – Thương binh và Xã hội',
      'Ban Quản lý Khu kinh tế tỉnh',
    ]);
    expect(byGroup('central_agencies')).toEqual(['Cục Hải quan Bình Định']);
    expect(byGroup('district_comprehensive')).toEqual([
      'Ủy ban nhân dân huyện Tây Sơn',
      'Ủy ban nhân dân huyện Tuy Phước',
      'Ủy ban nhân dân huyện Hoài Ân',
      'Ủy ban nhân dân huyện Vân Canh',
    ]);
    expect(byGroup('district_thematic')).toEqual([
      'Ủy ban nhân dân huyện Phù Cát',
      'Ủy ban nhân dân huyện An Lão',
    ]);
    expect(byGroup('land_registration_branches')).toEqual([
      'Chi nhánh Văn phòng Đăng ký đất đai huyện Phù Cát',
      'Chi nhánh Văn phòng Đăng ký đất đai huyện An Lão',
    ]);
    expect(rows).toHaveLength(14);

    for (const r of rows) {
      const thematic =
        r.target_group === 'district_thematic' || r.target_group === 'land_registration_branches';
      expect(r.inspection_kind).toBe(thematic ? 'thematic' : 'comprehensive');
      expect(r.lead).toBe(thematic ? 'Văn phòng Ủy ban nhân dân tỉnh' : 'Sở Nội vụ');
    }
  });

  it('inspects 2–3 communes of each district, each a child of that district in 2024', async () => {
    const rows = await handle.db
      .selectFrom('target_sub_units as s')
      .innerJoin('targets as t', 't.id', 's.target_id')
      .innerJoin('org_units as district', 'district.id', 't.org_unit_id')
      .innerJoin('org_units as commune', 'commune.id', 's.org_unit_id')
      .leftJoin('org_unit_parents as link', (join) =>
        join
          .onRef('link.org_unit_id', '=', 's.org_unit_id')
          .onRef('link.parent_id', '=', 't.org_unit_id')
          .on('link.valid_from', '<=', '2024-06-01')
          .on('link.valid_to', '>=', '2024-06-01'),
      )
      .select([
        'district.name as district',
        'district.kind as districtKind',
        'commune.kind',
        'link.id as linkId',
      ])
      .execute();
    const perDistrict = new Map<string, number>();
    for (const r of rows) {
      expect(r.districtKind).toBe('district');
      expect(r.kind).toBe('commune');
      expect(r.linkId).not.toBeNull();
      perDistrict.set(r.district, (perDistrict.get(r.district) ?? 0) + 1);
    }
    expect(perDistrict.size).toBe(6);
    for (const count of perDistrict.values()) expect(count).toBeGreaterThanOrEqual(2);
    for (const count of perDistrict.values()) expect(count).toBeLessThanOrEqual(3);
    expect([...perDistrict.values()].reduce((a, b) => a + b, 0)).toBe(15);
  });

  it('stores the expected 22 targets and the actual count beside it differs', async () => {
    const plan = await handle.db
      .selectFrom('plans')
      .select(['id', 'expected_target_count'])
      .executeTakeFirstOrThrow();
    const targets = await handle.db
      .selectFrom('targets')
      .select('id')
      .where('plan_id', '=', plan.id)
      .execute();
    const subUnits = await handle.db.selectFrom('target_sub_units').select('id').execute();
    const comparison = compareTargetCount(plan.expected_target_count, targets.length, subUnits.length);
    expect(comparison).toMatchObject({ expected: 22, actual: 29, difference: 7 });
  });

  it('holds the plan as issued', async () => {
    const plan = await handle.db.selectFrom('plans').selectAll().executeTakeFirstOrThrow();
    expect(plan).toMatchObject({
      title: 'Kế hoạch kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024',
      issuing_authority: 'Chủ tịch Ủy ban nhân dân tỉnh Bình Định',
      decision_number: null,
      decision_date: '2024-04-01',
      decision_signer_name: 'Lâm Hải Giang',
      decision_signer_title: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
      window_start: '2024-04-01',
      window_end: '2024-09-30',
      status: 'published',
      forms: ['on_site', 'desk'],
      deadline_rules: null,
      deadline_reading: 'A',
    });
    expect(plan.legal_bases).toHaveLength(4);
    expect(plan.proposal).toContain('Tờ trình số 224/TTr-SNV ngày 28 tháng 3 năm 2024');
    expect(plan.purposes).toHaveLength(5);
    expect(plan.requirements).toHaveLength(5);
    expect(plan.funding_note).toMatch(/^Kinh phí tổ chức kiểm tra/);
    const owner = await handle.db
      .selectFrom('org_units')
      .select('name')
      .where('id', '=', plan.owner_org_unit_id)
      .executeTakeFirstOrThrow();
    expect(owner.name).toBe('Sở Nội vụ');
  });

  it('holds the 7 areas and the 4 thematic topics', async () => {
    const rows = await handle.db
      .selectFrom('plan_contents')
      .select(['kind', 'code', 'title'])
      .orderBy('kind')
      .orderBy('position')
      .execute();
    expect(rows.filter((r) => r.kind === 'area').map((r) => r.code)).toEqual([
      'A1',
      'A2',
      'A3',
      'A4',
      'A5',
      'A6',
      'A7',
    ]);
    expect(rows.filter((r) => r.kind === 'topic').map((r) => r.code)).toEqual(['T1', 'T2', 'T3', 'T4']);
    expect(rows.find((r) => r.code === 'A7')?.title).toBe(
      'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
    );
  });

  it('makes every bullet of the Đề cương an outline item of the plan’s template', async () => {
    const plan = await handle.db.selectFrom('plans').select('report_template_id').executeTakeFirstOrThrow();
    const items = await handle.db
      .selectFrom('report_template_items')
      .innerJoin('report_templates', 'report_templates.id', 'report_template_items.template_id')
      .select([
        'report_template_items.code',
        'parent_code',
        'required',
        'template_id',
        'report_templates.code as tpl',
      ])
      // The thematic TTHC outline (issue 5) is seeded beside it.
      .where('report_templates.id', '=', plan.report_template_id)
      .orderBy('position')
      .execute();
    expect(new Set(items.map((i) => i.template_id))).toEqual(new Set([plan.report_template_id]));
    expect(items[0]?.tpl).toBe('de-cuong-toan-dien');
    const childrenOf = (code: string) => items.filter((i) => i.parent_code === code).length;
    expect(
      Object.fromEntries(
        ['I.1', 'I.2', 'I.3', 'I.4', 'I.5', 'I.6', 'I.7', 'II', 'III'].map((c) => [c, childrenOf(c)]),
      ),
    ).toEqual({ 'I.1': 6, 'I.2': 5, 'I.3': 4, 'I.4': 3, 'I.5': 5, 'I.6': 3, 'I.7': 3, II: 2, III: 1 });
    expect(childrenOf('I')).toBe(7);
    for (const item of items) expect(item.required).toBe(childrenOf(item.code) === 0);
  });

  it('schedules every visit on a working day inside the window, notice time after the decision included', async () => {
    const calendar = buildCalendar({ schedules: OFFICIAL_SCHEDULES, fromYear: 2024, toYear: 2024 });
    const rows = await handle.db
      .selectFrom('inspections')
      .innerJoin('targets', 'targets.id', 'inspections.target_id')
      .select([
        'inspections.start_date',
        'inspections.end_date',
        'inspections.team_id',
        'targets.id as target',
      ])
      .execute();
    expect(rows).toHaveLength(29);
    const earliest = calendar.addWorkingDays(parseIsoDate('2024-04-01'), 10);
    const targetOnDay = new Map<string, string>();
    for (const r of rows) {
      for (const date of [r.start_date, r.end_date]) {
        if (date === null) throw new Error('a seeded inspection has no date');
        expect(date >= '2024-04-01' && date <= '2024-09-30', date).toBe(true);
        expect(calendar.isWorkingDay(parseIsoDate(date)), date).toBe(true);
        expect(parseIsoDate(date)).toBeGreaterThan(earliest);
        expect(date).not.toBe('2024-05-04');
      }
      const key = `${r.team_id} ${r.start_date}`;
      expect(targetOnDay.get(key) ?? r.target, key).toBe(r.target);
      targetOnDay.set(key, r.target);
    }
  });

  it('gives each team exactly one leader, and links the demo team leader and member', async () => {
    const rows = await handle.db
      .selectFrom('team_members')
      .leftJoin('users', 'users.id', 'team_members.user_id')
      .select(['team_members.team_id', 'team_members.role', 'users.username'])
      .execute();
    const teams = new Set(rows.map((r) => r.team_id));
    expect(teams.size).toBe(2);
    for (const team of teams) {
      expect(rows.filter((r) => r.team_id === team && r.role === 'leader')).toHaveLength(1);
    }
    const leader = rows.find((r) => r.username === 'truongdoan');
    expect(leader?.role).toBe('leader');
    expect(rows.filter((r) => r.username === 'thanhvien')).toEqual([
      { team_id: leader?.team_id, role: 'member', username: 'thanhvien' },
    ]);
    expect(rows.filter((r) => r.role === 'press')).toHaveLength(2);
  });

  it('creates the demo accounts with their hashed password, unit and role', async () => {
    const users = await handle.db
      .selectFrom('users')
      .innerJoin('org_units', 'org_units.id', 'users.org_unit_id')
      .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
      .select(['username', 'password_hash', 'org_units.name as unit', 'role'])
      .execute();
    expect(users.map((u) => u.username).sort()).toEqual(DEMO_SIGN_INS.map((d) => d.username).sort());
    for (const u of users) expect(u.password_hash).toBe('test:kiemtra2024');
    expect(users.find((u) => u.username === 'sct')).toMatchObject({
      unit: 'Sở Công Thương',
      role: 'unit_reporter',
    });
    expect(DEMO_SIGN_INS.find((d) => d.username === 'admin')).toEqual({
      username: 'admin',
      password: 'kiemtra2024',
      roleLabel: 'Quản trị kế hoạch (Sở Nội vụ)',
      unitName: 'Sở Nội vụ',
    });
  });

  it('records every inserted row in the audit log, attributed to the system', async () => {
    const counts = await rowCounts(handle.db);
    const audit = await handle.db
      .selectFrom('audit_log')
      .select(['entity', (eb) => eb.fn.countAll<string>().as('n')])
      .where('actor_kind', '=', 'system')
      .where('actor_name', '=', 'Dữ liệu khởi tạo')
      .where('operation', '=', 'INSERT')
      .groupBy('entity')
      .execute();
    const audited = Object.fromEntries(audit.map((a) => [a.entity, Number(a.n)]));
    for (const table of SEEDED_TABLES) expect(audited[table], table).toBe(counts[table]);
  });

  it('changes nothing when loaded again', async () => {
    const before = await rowCounts(handle.db);
    expect(await loadBinhDinh2024(handle.db, fastHash)).toEqual({ loaded: false });
    expect(await rowCounts(handle.db)).toEqual(before);
  });
});

describe('two starts at once', () => {
  it('load the seed exactly once', async () => {
    const fresh = await createTestDatabase();
    try {
      const results = await Promise.all([
        loadBinhDinh2024(fresh.db, fastHash),
        loadBinhDinh2024(fresh.db, fastHash),
      ]);
      expect(results.map((r) => r.loaded).sort()).toEqual([false, true]);
      const tenants = await fresh.db.selectFrom('tenants').select('id').execute();
      expect(tenants).toHaveLength(1);
    } finally {
      await fresh.close();
    }
  });
});

describe('the 2025 reform', () => {
  const findPath = (forest: readonly OrgUnitNode[], name: string, path: string[] = []): string[] | null => {
    for (const node of forest) {
      if (node.name === name) return [...path, node.name];
      const found = findPath(node.children, name, [...path, node.name]);
      if (found) return found;
    }
    return null;
  };

  it('is new rows only: the 2024 tree keeps its districts, the 2025 one hangs the commune under Gia Lai', async () => {
    const snapshot = async () => ({
      units: await handle.db.selectFrom('org_units').selectAll().orderBy('id').execute(),
      links: await handle.db.selectFrom('org_unit_parents').selectAll().orderBy('id').execute(),
    });
    const before = await snapshot();
    const commune = await handle.db
      .selectFrom('org_units')
      .select('id')
      .where('name', '=', 'Ủy ban nhân dân xã Bình Tường')
      .executeTakeFirstOrThrow();

    // The tenant of a merged province is a later question; here the history is read within one.
    await withActor(
      handle.db,
      { kind: 'system', id: null, name: 'Sắp xếp 2025', tenantId: 'binh-dinh' },
      async (trx) => {
        const giaLai = await trx
          .insertInto('org_units')
          .values({
            tenant_id: 'binh-dinh',
            code: 'tinh-gia-lai-2025',
            name: 'Ủy ban nhân dân tỉnh Gia Lai',
            short_name: 'UBND tỉnh Gia Lai',
            kind: 'province',
            valid_from: '2025-07-01',
            valid_to: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('org_unit_parents')
          .values({
            tenant_id: 'binh-dinh',
            org_unit_id: commune.id,
            parent_id: giaLai.id,
            valid_from: '2025-07-01',
            valid_to: null,
          })
          .execute();
      },
    );

    const after = await snapshot();
    for (const row of before.units) expect(after.units).toContainEqual(row);
    for (const row of before.links) expect(after.links).toContainEqual(row);
    const changes = await sql<{ n: string }>`
      SELECT count(*) AS n FROM audit_log WHERE operation <> 'INSERT'`.execute(handle.db);
    expect(Number(changes.rows[0]?.n)).toBe(0);

    const { units, links } = await loadOrgUnitHistory(handle.db, 'binh-dinh');
    expect(findPath(treeAsAt(units, links, '2024-06-01'), 'Ủy ban nhân dân xã Bình Tường')).toEqual([
      'Ủy ban nhân dân tỉnh Bình Định',
      'Ủy ban nhân dân huyện Tây Sơn',
      'Ủy ban nhân dân xã Bình Tường',
    ]);
    const forest2025 = treeAsAt(units, links, '2025-07-01');
    expect(findPath(forest2025, 'Ủy ban nhân dân xã Bình Tường')).toEqual([
      'Ủy ban nhân dân tỉnh Gia Lai',
      'Ủy ban nhân dân xã Bình Tường',
    ]);
    expect(findPath(forest2025, 'Ủy ban nhân dân huyện Tây Sơn')).toBeNull();
  });
});
