import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanInput, unitIds } from '../../../testing/planning-fixtures.js';
import { rejection } from '../../../testing/rejection.js';
import { startTestServer, type TestServer } from '../../../testing/test-server.js';

let server: TestServer;
let unit: (code: string) => string;
beforeAll(async () => {
  server = await startTestServer();
  unit = await unitIds(server);
});
afterAll(async () => server?.close());

const BASES = [
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
  'Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ;',
];
const templateIds = async () =>
  (
    await server.database.db
      .selectFrom('report_templates')
      .select(['id', 'published_at'])
      .orderBy('published_at', 'desc')
      .execute()
  ).map((t) => t.id);

describe('plans: legal bases, issuing body, signer and outline are chosen; a draft is discarded', () => {
  it('creates a plan with its legal bases, issuing body and outline, and the newest outline when none is chosen', async () => {
    const admin = await server.signedIn('admin');
    const [newest] = await templateIds();
    const { templateRef: _none, ...unchosen } = makePlanInput(unit, {
      legalBases: BASES,
      issuingAuthority: 'Chủ tịch Ủy ban nhân dân tỉnh Gia Lai',
    });
    const plan = await admin.plans.create.mutate(unchosen);
    expect(plan.legalBases).toEqual(BASES);
    expect(plan.issuingAuthority).toBe('Chủ tịch Ủy ban nhân dân tỉnh Gia Lai');
    expect(plan.decision.signerName).toBe('Lâm Hải Giang');
    expect(plan.reportTemplateId).toBe(newest);
    const none = await admin.plans.create.mutate(makePlanInput(unit, { templateRef: null }));
    expect(none.reportTemplateId).toBeNull();
    expect(none.issuingAuthority).toBe('Chủ tịch Ủy ban nhân dân tỉnh');
  });

  it('edits them, keeps them when an edit leaves them out, and refuses an outline of no template', async () => {
    const admin = await server.signedIn('admin');
    const [newest] = await templateIds();
    const plan = await admin.plans.create.mutate(
      makePlanInput(unit, { legalBases: BASES, templateRef: newest ?? null }),
    );
    expect(plan.reportTemplateId).toBe(newest);
    const { templateRef: _t, legalBases: _l, issuingAuthority: _i, ...withoutThem } = makePlanInput(unit);
    const kept = await admin.plans.update.mutate({
      ...withoutThem,
      planId: plan.id,
      expectedVersion: plan.version,
    });
    expect(kept.legalBases).toEqual(BASES);
    expect(kept.reportTemplateId).toBe(plan.reportTemplateId);
    const changed = await admin.plans.update.mutate({
      ...makePlanInput(unit, {
        legalBases: [BASES[0] ?? ''],
        templateRef: null,
        issuingAuthority: 'Giám đốc Sở Nội vụ',
      }),
      planId: plan.id,
      expectedVersion: kept.version,
    });
    expect(changed.legalBases).toEqual([BASES[0]]);
    expect(changed.reportTemplateId).toBeNull();
    expect(changed.issuingAuthority).toBe('Giám đốc Sở Nội vụ');
    const unknown = await rejection(
      admin.plans.update.mutate({
        ...makePlanInput(unit, { templateRef: '7d3c2a55-1111-4e5f-9a9b-0c0d0e0f1a2b' }),
        planId: plan.id,
        expectedVersion: changed.version,
      }),
    );
    expect(unknown.data?.httpStatus).toBe(422);
    expect(unknown.data?.issues?.[0]).toMatchObject({ code: 'template_not_found', field: 'templateRef' });
    const blank = await rejection(admin.plans.create.mutate(makePlanInput(unit, { legalBases: [' '] })));
    expect(blank.data?.httpStatus).toBe(400);
    expect(blank.data?.issues?.[0]?.path).toBe('legalBases.0');
  });

  it('discards a draft: gone from the lists, its history kept; a stale version is a 409', async () => {
    const admin = await server.signedIn('admin');
    const plan = await admin.plans.create.mutate(makePlanInput(unit, { title: 'Dự thảo sẽ bị hủy' }));
    const stale = await rejection(
      admin.plans.discard.mutate({ planId: plan.id, expectedVersion: plan.version + 1 }),
    );
    expect(stale.data?.httpStatus).toBe(409);
    const leadership = await server.signedIn('lanhdao');
    expect(
      (await rejection(leadership.plans.discard.mutate({ planId: plan.id, expectedVersion: plan.version })))
        .data?.httpStatus,
    ).toBe(403);
    expect(await admin.plans.discard.mutate({ planId: plan.id, expectedVersion: plan.version })).toEqual({
      planId: plan.id,
      discarded: true,
    });
    expect((await admin.plans.list.query()).some((p) => p.id === plan.id)).toBe(false);
    expect((await admin.plans.rollup.query({})).some((p) => p.id === plan.id)).toBe(false);
    expect((await rejection(admin.plans.forEditing.query({ planId: plan.id }))).data?.httpStatus).toBe(404);
    const audit = await server.database.db
      .selectFrom('audit_log')
      .select('reason')
      .where('entity', '=', 'plans')
      .where('entity_id', '=', plan.id)
      .execute();
    expect(audit.map((a) => a.reason)).toContain('Hủy dự thảo kế hoạch');
  });

  it('never discards an issued plan', async () => {
    const admin = await server.signedIn('admin');
    const issued = (await admin.plans.list.query()).find((p) => p.status === 'published');
    if (!issued) throw new Error('the seed has an issued plan');
    const edit = await admin.plans.forEditing.query({ planId: issued.id });
    const refused = await rejection(
      admin.plans.discard.mutate({ planId: issued.id, expectedVersion: edit.version }),
    );
    expect(refused.data?.httpStatus).toBe(422);
    expect(refused.data?.issues?.[0]?.code).toBe('plan_not_discardable');
  });
});
