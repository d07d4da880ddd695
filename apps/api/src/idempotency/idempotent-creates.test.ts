import { randomUUID } from 'node:crypto';
import { insertApiClient, sweepIdempotencyKeys } from '@kiemtra/db';
import { IDEMPOTENCY_MISMATCH_MESSAGE, idempotencyKeysExpireBefore } from '@kiemtra/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../auth/tokens.js';
import { makePlanInput, unitIds } from '../testing/planning-fixtures.js';
import { rawCall } from '../testing/raw-trpc.js';
import { changedCounts, rowCounts } from '../testing/row-counts.js';
import { sessionCookie, startTestServer, type TestServer } from '../testing/test-server.js';

// Issue 18: a create retried after a timeout (same Idempotency-Key, same input) answers its first
// result and creates nothing more. The clock starts on the SCT report's stage and moves to the visit.
let now = new Date('2024-04-25T03:00:00Z');
let server: TestServer;
let unit: (code: string) => string;
const cookies: Record<string, string> = {};
const USERS = ['admin', 'quantri', 'sct', 'thanhvien', 'truongdoan'];
const pusherToken = newToken();

async function signInAll() {
  for (const u of USERS) cookies[u] = await sessionCookie(server.url, u);
}

const call = (who: string, path: string, input: unknown, key?: string) =>
  rawCall(server.url, 'mutation', path, input, {
    ...(who === 'system' ? { authorization: `Bearer ${pusherToken}` } : { cookie: cookies[who] ?? '' }),
    ...(key ? { 'idempotency-key': key } : {}),
  });
const counts = () => rowCounts(server.database.db);

/** Calls twice with one key: the first creates, the second answers the same and changes nothing. */
async function expectOnce(who: string, path: string, input: unknown) {
  const key = randomUUID();
  const before = await counts();
  const first = await call(who, path, input, key);
  expect(first.status, JSON.stringify(first.body)).toBe(200);
  const afterFirst = await counts();
  expect(changedCounts(before, afterFirst)).not.toEqual({});
  const retry = await call(who, path, input, key);
  expect(retry).toEqual(first);
  expect(changedCounts(afterFirst, await counts())).toEqual({});
  return first.body as Record<string, unknown>;
}

async function upload(key: string, fileName: string) {
  const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
  const response = await fetch(`${server.url}/files/reports/${sctInspection}/items/I.1.a/attachments`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(fileName),
      cookie: cookies.sct ?? '',
      'idempotency-key': key,
    },
    body: PDF,
  });
  return { status: response.status, body: (await response.json()) as { message?: string } };
}

let sctInspection = '';
let binhTuong = { id: '', planId: '', teamId: '' };

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => now } });
  unit = await unitIds(server);
  await signInAll();
  const visits = await server.database.db
    .selectFrom('inspections')
    .innerJoin('org_units', 'org_units.id', 'inspections.org_unit_id')
    .select(['inspections.id', 'inspections.plan_id', 'inspections.team_id', 'org_units.code'])
    .execute();
  sctInspection = visits.find((v) => v.code === 'so-cong-thuong')?.id ?? '';
  const bt = visits.find((v) => v.code === 'xa-binh-tuong');
  binhTuong = { id: bt?.id ?? '', planId: bt?.plan_id ?? '', teamId: bt?.team_id ?? '' };
  await insertApiClient(server.database.db, {
    tenantId: 'binh-dinh',
    name: 'Hệ thống thông tin giải quyết TTHC tỉnh',
    tokenHash: hashToken(pusherToken),
    scopes: ['unit-figures:write'],
  });
});
afterAll(async () => server?.close());

describe('a create retried with the same key, on the report’s stage (25/04/2024)', () => {
  it('plans.create: one plan, the same answer', async () => {
    await expectOnce('admin', 'plans.create', makePlanInput(unit, { year: 2031 }));
  });

  it('targets.add and plans.copyFromPreviousYear', async () => {
    const draft = await call('admin', 'plans.create', makePlanInput(unit, { year: 2033 }));
    const planId = (draft.body as { id: string }).id;
    await expectOnce('admin', 'targets.add', {
      planId,
      orgUnitId: unit('so-y-te'),
      kind: 'comprehensive',
      group: 'provincial_agencies',
    });
    await expectOnce('admin', 'plans.copyFromPreviousYear', { planId: binhTuong.planId, year: 2032 });
  });

  it('apiClients.register', async () => {
    await expectOnce('quantri', 'apiClients.register', {
      name: 'Cổng dịch vụ công',
      ownerUnitId: unit('so-noi-vu'),
      contact: 'Nguyễn Văn A, 0256 3822 000',
      scopes: ['plans:read'],
    });
  });

  it('an attachment upload: one file, the same answer', async () => {
    const key = randomUUID();
    const before = await counts();
    const first = await upload(key, 'Kế hoạch.pdf');
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const afterFirst = await counts();
    expect(changedCounts(before, afterFirst)).toMatchObject({ report_attachments: expect.any(String) });
    expect(await upload(key, 'Kế hoạch.pdf')).toEqual(first);
    expect(changedCounts(afterFirst, await counts())).toEqual({});
    const renamed = await upload(key, 'Tệp khác.pdf');
    expect(renamed.status).toBe(409);
    expect(renamed.body.message).toBe(IDEMPOTENCY_MISMATCH_MESSAGE);
  });

  it('reports.commentSystemFigure and reports.comment', async () => {
    await call('system', 'reports.pushFigures', {
      inspectionId: sctInspection,
      itemCode: 'I.3.d',
      source: 'Hệ thống thông tin giải quyết TTHC tỉnh',
      figures: { dossiers_received: 1250, dossiers_on_time: 1238, dossiers_late: 12 },
    });
    await expectOnce('sct', 'reports.commentSystemFigure', {
      inspectionId: sctInspection,
      itemCode: 'I.3.d',
      figureKey: 'dossiers_received',
      comment: 'Số liệu gồm cả 20 hồ sơ liên thông.',
    });
    const view = (
      await rawCall(
        server.url,
        'query',
        'reports.get',
        { inspectionId: sctInspection },
        {
          cookie: cookies.sct ?? '',
        },
      )
    ).body as {
      progress: { missing: { code: string }[] };
      sections: { items: { code: string; answer: { version: number } | null }[] }[];
    };
    for (const missing of view.progress.missing) {
      const item = view.sections.flatMap((s) => s.items).find((i) => i.code === missing.code);
      await call('sct', 'reports.saveAnswer', {
        inspectionId: sctInspection,
        itemCode: missing.code,
        narrative: `<p>Kết quả thực hiện mục ${missing.code}.</p>`,
        figures: {},
        expectedVersion: item?.answer?.version ?? 0,
      });
    }
    const fresh = (
      await rawCall(
        server.url,
        'query',
        'reports.get',
        { inspectionId: sctInspection },
        {
          cookie: cookies.sct ?? '',
        },
      )
    ).body as { report: { version: number } };
    const submitted = await call('sct', 'reports.submit', {
      inspectionId: sctInspection,
      expectedVersion: fresh.report.version,
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    await expectOnce('thanhvien', 'reports.comment', {
      inspectionId: sctInspection,
      itemCode: 'I.1.b',
      body: 'Đề nghị nêu rõ số đơn vị được kiểm tra.',
    });
  });
});

describe('a create retried with the same key, at the visit to xã Bình Tường (06/06/2024)', () => {
  beforeAll(async () => {
    now = new Date('2024-06-06T02:00:00Z');
    await signInAll();
    const minutes = await call('thanhvien', 'minutes.save', {
      inspectionId: binhTuong.id,
      expectedVersion: 0,
      minutes: {
        date: '2024-06-05',
        place: 'Trụ sở UBND xã Bình Tường',
        attendees: [
          { name: 'Trần Quốc Bảo', organisation: 'Sở Nội vụ', role: 'team_leader' },
          { name: 'Lê Văn Sang', organisation: 'UBND xã Bình Tường', role: 'unit_head' },
        ],
      },
    });
    expect(minutes.status, JSON.stringify(minutes.body)).toBe(200);
  });

  const finding = (description: string) => ({
    inspectionId: binhTuong.id,
    finding: { area: 'A1', kind: 'achievement', description },
  });

  it('findings.add, conclusions.addRecommendation, earlierConclusions.add', async () => {
    await expectOnce('thanhvien', 'findings.add', finding('Ban hành kế hoạch CCHC đúng hạn'));
    await expectOnce('thanhvien', 'conclusions.addRecommendation', {
      inspectionId: binhTuong.id,
      recommendation: { action: 'Niêm yết đủ TTHC', responsible: 'Văn phòng', dueDate: '2024-08-30' },
    });
    await expectOnce('thanhvien', 'earlierConclusions.add', {
      inspectionId: binhTuong.id,
      conclusion: {
        year: 2022,
        issuer: 'Sở Nội vụ',
        documentNumber: '98/TB-SNV',
        date: '2022-09-20',
        recommendations: [
          { action: 'Kiện toàn bộ phận Một cửa', responsible: 'UBND xã Bình Tường', dueDate: '2022-12-31' },
        ],
      },
    });
  });

  it('rounds.create and adHoc.add', async () => {
    await expectOnce('truongdoan', 'rounds.create', {
      planId: binhTuong.planId,
      teamId: binhTuong.teamId,
      name: 'Đợt 1',
      inspectionIds: [binhTuong.id],
    });
    await expectOnce('admin', 'adHoc.add', {
      planId: binhTuong.planId,
      orgUnitId: unit('so-y-te'),
      order: { decisionNumber: '45/UBND-KSTT', decisionDate: '2024-06-03', orderedBy: 'chairman_ppc' },
    });
  });

  it('answers 409 in Vietnamese for the same key with another input, and changes nothing', async () => {
    const key = randomUUID();
    expect((await call('thanhvien', 'findings.add', finding('Lần đầu'), key)).status).toBe(200);
    const before = await counts();
    const other = await call('thanhvien', 'findings.add', finding('Nội dung khác'), key);
    expect(other.status).toBe(409);
    expect((other.body as { message: string }).message).toBe(IDEMPOTENCY_MISMATCH_MESSAGE);
    expect(changedCounts(before, await counts())).toEqual({});
  });

  it('keeps no key for a create that failed: the same key then creates', async () => {
    const key = randomUUID();
    const refused = await call(
      'thanhvien',
      'findings.add',
      { ...finding('x'), inspectionId: randomUUID() },
      key,
    );
    expect(refused.status).toBe(404);
    expect((await call('thanhvien', 'findings.add', finding('Sau lần lỗi'), key)).status).toBe(200);
  });

  it('creates one row for concurrent duplicates (Promise.all), every caller getting the same answer', async () => {
    const key = randomUUID();
    const before = await counts();
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => call('thanhvien', 'findings.add', finding('Gửi đồng thời'), key)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(200));
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(changedCounts(before, await counts())).toMatchObject({
      findings: `${before.findings} → ${(before.findings ?? 0) + 1}`,
    });
  });

  it('still creates twice without a key, and refuses a malformed key with 400', async () => {
    const before = await counts();
    await call('thanhvien', 'findings.add', finding('Không khoá'));
    await call('thanhvien', 'findings.add', finding('Không khoá'));
    expect(changedCounts(before, await counts()).findings).toBe(
      `${before.findings} → ${(before.findings ?? 0) + 2}`,
    );
    const bad = await call('thanhvien', 'findings.add', finding('Khoá sai'), 'short');
    expect(bad.status).toBe(400);
    expect((bad.body as { message: string }).message).toContain('từ 8 đến 128 ký tự');
  });

  it('forgets a key after a day: the same key then creates anew', async () => {
    const key = randomUUID();
    expect((await call('thanhvien', 'findings.add', finding('Hôm qua'), key)).status).toBe(200);
    now = new Date('2024-06-07T02:00:01Z');
    await signInAll();
    const before = await counts();
    const later = await call('thanhvien', 'findings.add', finding('Hôm qua'), key);
    expect(later.status).toBe(200);
    expect(changedCounts(before, await counts()).findings).toBeDefined();
    const stored = () => server.database.db.selectFrom('idempotency_keys').select('key').execute();
    const swept = await sweepIdempotencyKeys(server.database.db, idempotencyKeysExpireBefore(now));
    expect(swept).toBeGreaterThan(0);
    expect((await stored()).map((r) => r.key)).toEqual([key]);
  });

  it('followUps.open on the concluded visit', async () => {
    const visit = (
      await rawCall(
        server.url,
        'query',
        'inspections.get',
        { inspectionId: binhTuong.id },
        {
          cookie: cookies.truongdoan ?? '',
        },
      )
    ).body as { version: number };
    const issued = await call('truongdoan', 'conclusions.issue', {
      inspectionId: binhTuong.id,
      expectedVersion: visit.version,
      notice: { date: '2024-06-06' },
    });
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    await expectOnce('truongdoan', 'followUps.open', { inspectionId: binhTuong.id, kind: 'follow_up' });
  });
});
