import { DEFAULT_DEADLINE_RULES_2024, type PlanCreateInput } from '@kiemtra/domain';
import type { TRPCClient } from '@trpc/client';
import type { AppRouter } from '../trpc/root.js';
import type { TestServer } from './test-server.js';

type Client = TRPCClient<AppRouter>;

/** Org unit ids by seed code, read from the database the test server runs on. */
export async function unitIds(server: TestServer): Promise<(code: string) => string> {
  const rows = await server.database.db.selectFrom('org_units').select(['id', 'code']).execute();
  const byCode = new Map(rows.map((r) => [r.code, r.id]));
  return (code) => {
    const id = byCode.get(code);
    if (id === undefined) throw new Error(`no org unit ${code} in the seed`);
    return id;
  };
}

export async function userId(server: TestServer, username: string): Promise<string> {
  const row = await server.database.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A 2025 draft plan of Sở Nội vụ (Bình Định still has districts until 30/6/2025). */
export function makePlanInput(
  unit: (code: string) => string,
  overrides: Partial<PlanCreateInput> = {},
): PlanCreateInput {
  return {
    year: 2025,
    title: 'Kế hoạch kiểm tra công tác cải cách hành chính năm 2025 (thử nghiệm)',
    decision: { number: '', date: '2025-04-01', signerName: 'Lâm Hải Giang', signerTitle: 'KT. CHỦ TỊCH' },
    window: { start: '2025-04-01', end: '2025-06-30' },
    purposes: ['Tăng cường kỷ luật, kỷ cương trong công tác CCHC'],
    requirements: ['Tránh trùng lặp, chồng chéo trong hoạt động kiểm tra'],
    contentAreas: ['Công tác chỉ đạo, điều hành', 'Cải cách thể chế'],
    thematicTopics: ['Công tác giải quyết thủ tục hành chính'],
    forms: ['on_site', 'desk'],
    expectedTargetCount: 3,
    subUnitBounds: { min: 2, max: 3 },
    deadlineRules: [...DEFAULT_DEADLINE_RULES_2024],
    reading: 'A',
    templateRef: null,
    memberAgencies: [
      { orgUnitId: unit('so-noi-vu'), isPoliceUnit: false },
      { orgUnitId: unit('vp-ubnd-tinh'), isPoliceUnit: false },
      { orgUnitId: unit('phong-pc06'), isPoliceUnit: true },
    ],
    ...overrides,
  };
}

/** The plan's fields as the update procedure takes them, from what forEditing returned. */
export function updateInputOf(
  plan: Awaited<ReturnType<Client['plans']['forEditing']['query']>>,
  changes: Partial<PlanCreateInput> & { reason?: string | null } = {},
) {
  return {
    planId: plan.id,
    expectedVersion: plan.version,
    year: plan.year,
    title: plan.title,
    decision: plan.decision,
    window: plan.window,
    purposes: plan.purposes,
    requirements: plan.requirements,
    contentAreas: plan.contentAreas,
    thematicTopics: plan.thematicTopics,
    forms: plan.forms,
    expectedTargetCount: plan.expectedTargetCount,
    subUnitBounds: plan.subUnitBounds,
    deadlineRules: [...plan.deadlineRules],
    reading: plan.reading,
    templateRef: null,
    memberAgencies: plan.memberAgencies.map((a) => ({
      orgUnitId: a.orgUnitId,
      isPoliceUnit: a.isPoliceUnit,
    })),
    ...changes,
  };
}

/** A complete decision of 01/04/2025, enough to publish. */
export const NUMBERED_DECISION = {
  number: '512/QĐ-UBND',
  date: '2025-04-01',
  signerName: 'Lâm Hải Giang',
  signerTitle: 'KT. CHỦ TỊCH',
};

/** A published 2025 plan with a numbered decision, one district target with two communes. */
export async function publishedPlan(admin: Client, unit: (code: string) => string) {
  const draft = await admin.plans.create.mutate(makePlanInput(unit, { decision: NUMBERED_DECISION }));
  const withTarget = await admin.targets.add.mutate({
    planId: draft.id,
    orgUnitId: unit('huyen-tay-son'),
    kind: 'comprehensive',
    group: 'district_comprehensive',
    subUnitIds: [unit('xa-binh-tuong'), unit('xa-tay-giang')],
  });
  return admin.plans.publish.mutate({ planId: draft.id, expectedVersion: withTarget.version });
}
