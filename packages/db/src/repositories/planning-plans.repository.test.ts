import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection.js';
import { loadBinhDinh2024 } from '../seed/load-seed.js';
import { createTestDatabase } from '../testing/index.js';
import { withActor } from '../with-actor.js';
import { listPlanHistory } from './plan-history.repository.js';
import {
  findPlanForPlanning,
  listPlanRollup,
  replaceMemberAgencies,
  replacePlanContents,
  updatePlanFields,
} from './planning-plans.repository.js';
import { insertTargetWithVisits } from './targets.repository.js';

let handle: DatabaseHandle;
let planId: string;
const actor = { kind: 'user' as const, id: 'u-1', name: 'Lê Thị Thu Hà', tenantId: 'binh-dinh' };
beforeAll(async () => {
  handle = await createTestDatabase();
  await loadBinhDinh2024(handle.db, { hashPassword: async (p) => `test:${p}` });
  const plan = await handle.db.selectFrom('plans').select('id').executeTakeFirstOrThrow();
  planId = plan.id;
});
afterAll(async () => handle.close());

const unitId = async (code: string) =>
  (await handle.db.selectFrom('org_units').select('id').where('code', '=', code).executeTakeFirstOrThrow())
    .id;

describe('plan contents and member agencies', () => {
  it('keeps the code of an area edited in place, adds and removes at the end', async () => {
    const before = await findPlanForPlanning(handle.db, planId);
    const areas = before?.contents.filter((c) => c.kind === 'area') ?? [];
    const topics = before?.contents.filter((c) => c.kind === 'topic').map((c) => c.title) ?? [];
    const titles = areas.map((a) => a.title);
    titles[1] = 'Cải cách thể chế (sửa tên)';
    await withActor(handle.db, actor, (trx) =>
      replacePlanContents(trx, planId, { areas: [...titles.slice(0, 6), 'Lĩnh vực mới'], topics }),
    );
    const after =
      (await findPlanForPlanning(handle.db, planId))?.contents.filter((c) => c.kind === 'area') ?? [];
    expect(after.map((a) => a.code).slice(0, 6)).toEqual(areas.map((a) => a.code).slice(0, 6));
    expect(after[1]?.title).toBe('Cải cách thể chế (sửa tên)');
    expect(after[6]?.title).toBe('Lĩnh vực mới');
    expect(after).toHaveLength(7);
  });

  it('replaces the member agencies, keeping the police flag', async () => {
    const police = await unitId('phong-pc06');
    const snv = await unitId('so-noi-vu');
    await withActor(handle.db, actor, (trx) =>
      replaceMemberAgencies(trx, planId, [
        { orgUnitId: snv, isPoliceUnit: false },
        { orgUnitId: police, isPoliceUnit: true },
      ]),
    );
    const plan = await findPlanForPlanning(handle.db, planId);
    expect(plan?.memberAgencies.map((a) => [a.name, a.isPoliceUnit])).toEqual([
      ['Sở Nội vụ', false],
      ['Phòng Cảnh sát quản lý hành chính về trật tự xã hội', true],
    ]);
  });
});

describe('versions and history', () => {
  it('saves from the current version only, and the history shows the change with its reason', async () => {
    const plan = await findPlanForPlanning(handle.db, planId);
    if (!plan) throw new Error('no plan');
    const fields = {
      ...plan,
      expectedTargetCount: 24,
    };
    const reason = 'Điều chỉnh số đối tượng theo thực tế';
    const saved = await withActor(handle.db, { ...actor, reason }, (trx) =>
      updatePlanFields(trx, planId, plan.version, fields),
    );
    expect(saved).toBe(plan.version + 1);
    const stale = await withActor(handle.db, actor, (trx) =>
      updatePlanFields(trx, planId, plan.version, fields),
    );
    expect(stale).toBeNull();
    const [latest] = await listPlanHistory(handle.db, planId);
    expect(latest?.entity).toBe('plans');
    expect(latest?.reason).toBe(reason);
    expect(latest?.actorName).toBe('Lê Thị Thu Hà');
    expect(latest?.before?.expected_target_count).toBe(22);
    expect(latest?.after?.expected_target_count).toBe(24);
  });

  it('finds a target’s communes in the history through the target, and counts visits in the roll-up', async () => {
    // Read before the transaction: PGlite has one connection, which the transaction holds.
    const phuMy = await unitId('huyen-phu-my');
    const result = await withActor(handle.db, actor, async (trx) =>
      insertTargetWithVisits(trx, {
        tenantId: 'binh-dinh',
        planId,
        orgUnitId: phuMy,
        kind: 'ad_hoc',
        group: 'ad_hoc',
        teamId: null,
        note: null,
        subUnitIds: [],
        adHocOrder: { decisionNumber: '1/UBND', decisionDate: '2024-08-01', orderedBy: 'chairman_ppc' },
      }),
    );
    expect(result.inspectionIds).toHaveLength(1);
    const history = await listPlanHistory(handle.db, planId);
    expect(history.filter((h) => h.entity === 'target_sub_units').length).toBeGreaterThan(10);
    const [rollup] = await listPlanRollup(handle.db, { tenantId: 'binh-dinh', year: 2024 });
    expect(rollup?.inspectionsByStatus.planned).toBe(1);
  });
});
