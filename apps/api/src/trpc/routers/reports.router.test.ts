import { insertApiClient } from '@kiemtra/db';
import type { TRPCClient } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../../auth/tokens.js';
import { rejection } from '../../testing/rejection.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import type { AppRouter } from '../root.js';

// A clock the tests move: the report's due date and its on-time state depend on today.
let now = new Date('2024-04-25T03:00:00Z');
let server: TestServer;
let sct: TRPCClient<AppRouter>;
let sctHead: TRPCClient<AppRouter>;
let leader: TRPCClient<AppRouter>;
let member: TRPCClient<AppRouter>;
let admin: TRPCClient<AppRouter>;
let sctInspection: string;
let taysonInspection: string;
const pusherToken = newToken();

/** Moves the clock; sessions last 12 hours, so everyone signs in again at the new time. */
async function setClock(iso: string) {
  now = new Date(iso);
  sct = await server.signedIn('sct');
  sctHead = await server.signedIn('sct.lanhdao');
  leader = await server.signedIn('truongdoan');
  member = await server.signedIn('thanhvien');
  admin = await server.signedIn('admin');
}

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => now } });
  await setClock('2024-04-25T03:00:00Z');
  const visits = (await sct.inspections.list.query()).items;
  sctInspection = visits.find((i) => i.orgUnitName.includes('Công Thương'))?.id ?? '';
  const tayson = await server.signedIn('tayson');
  taysonInspection =
    (await tayson.inspections.list.query()).items.find((i) => i.orgUnitName.includes('Tây Sơn'))?.id ?? '';
  await insertApiClient(server.database.db, {
    tenantId: 'binh-dinh',
    name: 'Hệ thống thông tin giải quyết TTHC tỉnh',
    tokenHash: hashToken(pusherToken),
    scopes: ['unit-figures:write'],
  });
});
afterAll(async () => server?.close());

const para = (text: string) => `<p>${text}</p>`;

describe('the unit’s report page', () => {
  it('shows the plan’s outline section by section, progress 0 of 32 and the due date 03/05/2024 explained', async () => {
    const view = await sct.reports.get.query({ inspectionId: sctInspection });
    expect(view.template).toMatchObject({ code: 'de-cuong-toan-dien', version: 1 });
    expect(view.sections.map((s) => s.code)).toEqual([
      'I.1',
      'I.2',
      'I.3',
      'I.4',
      'I.5',
      'I.6',
      'I.7',
      'II',
      'III',
    ]);
    expect(view.progress).toMatchObject({ answered: 0, required: 32 });
    expect(view.report).toMatchObject({ exists: false, status: 'draft', statusLabel: 'Đang soạn' });
    expect(view.deadline).toMatchObject({
      dueDate: '2024-05-03',
      stateLabel: 'Còn 3 ngày làm việc (hạn 03/05/2024)',
    });
    expect(view.deadline?.explanation.lines.join(' ')).toMatch(/04\/05\/2024/);
    expect(view.permissions).toMatchObject({ isUnit: true, canEdit: true, canReview: false });
  });

  it('keeps a draft from the team, Sở Nội vụ and another unit', async () => {
    expect((await rejection(member.reports.get.query({ inspectionId: sctInspection }))).message).toBe(
      'Sở Công Thương chưa gửi báo cáo phục vụ Đoàn kiểm tra.',
    );
    expect((await rejection(admin.reports.get.query({ inspectionId: sctInspection }))).data?.httpStatus).toBe(
      404,
    );
    const tayson = await server.signedIn('tayson');
    expect(
      (await rejection(tayson.reports.get.query({ inspectionId: sctInspection }))).data?.httpStatus,
    ).toBe(403);
  });
});

describe('saving an item', () => {
  it('keeps only the safe formatting of the narrative', async () => {
    const saved = await sct.reports.saveAnswer.mutate({
      inspectionId: sctInspection,
      itemCode: 'I.1.a',
      narrative: '<p onclick="x()">Đã ban hành <strong>12</strong> văn bản.</p><script>alert(1)</script>',
      figures: {},
      expectedVersion: 0,
    });
    expect(saved).toMatchObject({ narrative: '<p>Đã ban hành <strong>12</strong> văn bản.</p>', version: 1 });
  });

  it('stores the safe HTML and whether it holds words once, and reads progress from that, not the text', async () => {
    const stored = await server.database.db
      .selectFrom('report_answers')
      .select(['narrative', 'has_text'])
      .where('item_code', '=', 'I.1.a')
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ narrative: '<p>Đã ban hành <strong>12</strong> văn bản.</p>', has_text: true });
    const before = await sct.reports.get.query({ inspectionId: sctInspection });
    expect(before.progress.missing.map((m) => m.code)).not.toContain('I.1.a');
    // Reads no longer clean and parse the narrative again: the flag saved with it decides.
    await server.database.db
      .updateTable('report_answers')
      .set({ has_text: false })
      .where('item_code', '=', 'I.1.a')
      .execute();
    const after = await sct.reports.get.query({ inspectionId: sctInspection });
    expect(after.progress.missing.map((m) => m.code)).toContain('I.1.a');
    await server.database.db
      .updateTable('report_answers')
      .set({ has_text: true })
      .where('item_code', '=', 'I.1.a')
      .execute();
  });

  it('detects two people of the unit editing the same item and shows the other’s text', async () => {
    const error = await rejection(
      sctHead.reports.saveAnswer.mutate({
        inspectionId: sctInspection,
        itemCode: 'I.1.a',
        narrative: para('Bản của thủ trưởng'),
        figures: {},
        expectedVersion: 0,
      }),
    );
    expect(error.data?.httpStatus).toBe(409);
    expect(error.message).toMatch(
      /^Mục I\.1\.a vừa được .+ lưu ngày 25\/04\/2024; nội dung của bạn chưa được lưu/,
    );
    expect(error.data?.current).toMatchObject({
      narrative: '<p>Đã ban hành <strong>12</strong> văn bản.</p>',
      version: 1,
    });
    const view = await sct.reports.get.query({ inspectionId: sctInspection });
    expect(view.sections[0]?.items[0]?.answer?.narrative).toBe(
      '<p>Đã ban hành <strong>12</strong> văn bản.</p>',
    );
  });

  it('checks figures: counts ≥ 0, on time ≤ received; nothing is saved when refused', async () => {
    const save = (figures: Record<string, number | null>) =>
      sct.reports.saveAnswer.mutate({
        inspectionId: sctInspection,
        itemCode: 'I.3.d',
        narrative: para('Một cửa'),
        figures,
        expectedVersion: 0,
      });
    const exceeds = await rejection(save({ dossiers_received: 10, dossiers_on_time: 12 }));
    expect(exceeds.data?.httpStatus).toBe(400);
    expect(exceeds.data?.issues).toEqual([
      expect.objectContaining({
        field: 'dossiers_on_time',
        message: '“Số hồ sơ giải quyết đúng hạn” (12) không được lớn hơn “Số hồ sơ tiếp nhận” (10).',
      }),
    ]);
    const negative = await rejection(save({ apology_letters: -1 }));
    expect(negative.message).toBe('“Số thư xin lỗi đã gửi tổ chức, công dân” không được là số âm.');
    const view = await sct.reports.get.query({ inspectionId: sctInspection });
    const item = view.sections[2]?.items.find((i) => i.code === 'I.3.d');
    expect(item?.answer).toBeNull();
    expect(await save({ dossiers_received: 10, dossiers_on_time: 9, dossiers_late: null })).toMatchObject({
      version: 1,
    });
  });
});

describe('figures pushed by a provincial system', () => {
  it('show as from the system, with source and time; the unit may comment but not overwrite', async () => {
    const system = server.withBearer(pusherToken);
    // An hour later: everyone signs in again (a session idle for 60 minutes has ended).
    await setClock('2024-04-25T04:00:00Z');
    await system.reports.pushFigures.mutate({
      inspectionId: sctInspection,
      itemCode: 'I.3.d',
      source: 'Hệ thống thông tin giải quyết TTHC tỉnh',
      figures: { dossiers_received: 1250, dossiers_on_time: 1238, dossiers_late: 12 },
    });
    const view = await sct.reports.get.query({ inspectionId: sctInspection });
    const figure = view.sections[2]?.items
      .find((i) => i.code === 'I.3.d')
      ?.figures.find((f) => f.key === 'dossiers_received');
    expect(figure?.system).toEqual({
      value: 1250,
      source: 'Hệ thống thông tin giải quyết TTHC tỉnh',
      recordedAt: new Date('2024-04-25T04:00:00Z'),
      unitComment: null,
    });
    const overwrite = await rejection(
      sct.reports.saveAnswer.mutate({
        inspectionId: sctInspection,
        itemCode: 'I.3.d',
        narrative: para('Một cửa'),
        figures: { dossiers_received: 1300 },
        expectedVersion: 1,
      }),
    );
    expect(overwrite.message).toMatch(
      /lấy từ hệ thống \(Hệ thống thông tin giải quyết TTHC tỉnh\), đơn vị không sửa được/,
    );
    // The unit's own figures are checked against the system's: overdue ≤ received.
    const inconsistent = await rejection(
      sct.reports.saveAnswer.mutate({
        inspectionId: sctInspection,
        itemCode: 'I.3.d',
        narrative: para('Một cửa'),
        figures: { dossiers_overdue: 2000 },
        expectedVersion: 1,
      }),
    );
    expect(inconsistent.data?.issues?.[0]?.field).toBe('dossiers_overdue');
    await sct.reports.commentSystemFigure.mutate({
      inspectionId: sctInspection,
      itemCode: 'I.3.d',
      figureKey: 'dossiers_received',
      comment: 'Số liệu gồm cả 20 hồ sơ liên thông.',
    });
    const after = await sct.reports.get.query({ inspectionId: sctInspection });
    expect(
      after.sections[2]?.items
        .find((i) => i.code === 'I.3.d')
        ?.figures.find((f) => f.key === 'dossiers_received')?.system?.unitComment,
    ).toBe('Số liệu gồm cả 20 hồ sơ liên thông.');
  });

  it('refuses a system without the scope, a person, and inconsistent figures', async () => {
    const input = {
      inspectionId: sctInspection,
      itemCode: 'I.3.d',
      source: 'Một cửa',
      figures: { dossiers_on_time: 5000 },
    };
    expect((await rejection(sct.reports.pushFigures.mutate(input))).data?.httpStatus).toBe(403);
    const readerToken = newToken();
    await insertApiClient(server.database.db, {
      tenantId: 'binh-dinh',
      name: 'Chỉ đọc',
      tokenHash: hashToken(readerToken),
      scopes: ['inspections:read'],
    });
    expect((await rejection(server.withBearer(readerToken).reports.pushFigures.mutate(input))).message).toBe(
      'Bạn không có quyền ghi số liệu của đơn vị từ hệ thống.',
    );
    const bad = await rejection(server.withBearer(pusherToken).reports.pushFigures.mutate(input));
    expect(bad.data?.httpStatus).toBe(400);
    expect(bad.message).toMatch(/không được lớn hơn “Số hồ sơ tiếp nhận” \(1\.250\)/);
  });
});

/** Answers every required item the view still shows empty. */
async function answerAll(client: TRPCClient<AppRouter>, inspectionId: string, except: string[] = []) {
  const view = await client.reports.get.query({ inspectionId });
  for (const missing of view.progress.missing) {
    if (except.includes(missing.code)) continue;
    const item = view.sections.flatMap((s) => s.items).find((i) => i.code === missing.code);
    await client.reports.saveAnswer.mutate({
      inspectionId,
      itemCode: missing.code,
      narrative: para(`Kết quả thực hiện mục ${missing.code}.`),
      figures: {},
      expectedVersion: item?.answer?.version ?? 0,
    });
  }
}

describe('submission', () => {
  it('is refused while a required item is empty, with the list of what is missing', async () => {
    await answerAll(sct, sctInspection, ['II.2', 'III.1']);
    const view = await sct.reports.get.query({ inspectionId: sctInspection });
    const error = await rejection(
      sct.reports.submit.mutate({ inspectionId: sctInspection, expectedVersion: view.report.version }),
    );
    expect(error.data?.httpStatus).toBe(422);
    expect(error.data?.issues?.map((i) => i.field)).toEqual(['II.2', 'III.1']);
    expect(error.message).toBe(
      'Mục II.2 chưa có nội dung: Những tồn tại, hạn chế, khó khăn Mục III.1 chưa có nội dung: Kiến nghị, đề xuất',
    );
  });

  it('records the time and the on-time state, then makes the report read-only', async () => {
    await answerAll(sct, sctInspection);
    await setClock('2024-05-03T09:00:00Z'); // 16:00 in Vietnam on the due date
    const before = await sct.reports.get.query({ inspectionId: sctInspection });
    const result = await sct.reports.submit.mutate({
      inspectionId: sctInspection,
      expectedVersion: before.report.version,
    });
    expect(result).toMatchObject({ timing: 'on_time', submittedAt: now });
    const view = await sct.reports.get.query({ inspectionId: sctInspection });
    expect(view.report).toMatchObject({
      status: 'submitted',
      timing: 'on_time',
      timingLabel: 'Đã gửi đúng hạn ngày 03/05/2024 (hạn 03/05/2024)',
      dueDateAtSubmission: '2024-05-03',
      firstSubmittedAt: now,
    });
    expect(view.permissions.canEdit).toBe(false);
    const locked = await rejection(
      sct.reports.saveAnswer.mutate({
        inspectionId: sctInspection,
        itemCode: 'I.2.a',
        narrative: para('Sửa sau khi gửi'),
        figures: {},
        expectedVersion: 1,
      }),
    );
    expect(locked.data?.httpStatus).toBe(422);
    expect(locked.message).toMatch(/^Báo cáo đã gửi Đoàn kiểm tra nên chỉ xem được/);
  });

  it('records a late submission with the working days it is late', async () => {
    now = new Date('2024-05-20T03:00:00Z');
    await answerAll(await server.signedIn('tayson'), taysonInspection);
    // Tây Sơn is inspected on Tuesday 04/06/2024: due Tuesday 28/05; submitted Thursday 30/05.
    await setClock('2024-05-30T03:00:00Z');
    const tayson = await server.signedIn('tayson');
    const view = await tayson.reports.get.query({ inspectionId: taysonInspection });
    expect(view.deadline?.dueDate).toBe('2024-05-28');
    expect(view.deadline?.stateLabel).toBe('Quá hạn 2 ngày làm việc (hạn 28/05/2024)');
    const result = await tayson.reports.submit.mutate({
      inspectionId: taysonInspection,
      expectedVersion: view.report.version,
    });
    expect(result.timing).toBe('late');
    expect((await tayson.reports.get.query({ inspectionId: taysonInspection })).report.timingLabel).toBe(
      'Đã gửi trễ 2 ngày làm việc ngày 30/05/2024 (hạn 28/05/2024)',
    );
  });
});

describe('the team reads, comments and asks for additions', () => {
  it('reads the submitted report against the outline and comments on an item', async () => {
    const view = await member.reports.get.query({ inspectionId: sctInspection });
    expect(view.permissions).toMatchObject({
      isUnit: false,
      canEdit: false,
      canReview: true,
      canReopen: false,
    });
    await member.reports.comment.mutate({
      inspectionId: sctInspection,
      itemCode: 'I.1.b',
      body: 'Đề nghị nêu rõ số đơn vị được kiểm tra.',
    });
    const after = await sct.reports.get.query({ inspectionId: sctInspection });
    expect(after.sections[0]?.items[1]?.comments).toEqual([
      expect.objectContaining({ body: 'Đề nghị nêu rõ số đơn vị được kiểm tra.' }),
    ]);
    // Sở Nội vụ reads the report too, but not its evidence.
    expect((await admin.reports.get.query({ inspectionId: sctInspection })).permissions.canReadEvidence).toBe(
      false,
    );
  });

  it('asks for additions: the unit is told and only those items reopen', async () => {
    const view = await member.reports.get.query({ inspectionId: sctInspection });
    await member.reports.requestAdditions.mutate({
      inspectionId: sctInspection,
      expectedVersion: view.report.version,
      itemCodes: ['I.1.b'],
      reason: 'Bổ sung số đơn vị được kiểm tra năm 2023.',
    });
    const unitView = await sct.reports.get.query({ inspectionId: sctInspection });
    expect(unitView.report.statusLabel).toBe('Đoàn kiểm tra đề nghị bổ sung');
    expect(unitView.openItemCodes).toEqual(['I.1.b']);
    expect(unitView.additionRequests[0]).toMatchObject({
      reason: 'Bổ sung số đơn vị được kiểm tra năm 2023.',
      resolvedAt: null,
    });
    const items = unitView.sections[0]?.items ?? [];
    expect(items.filter((i) => i.editable).map((i) => i.code)).toEqual(['I.1.b']);
    const closed = await rejection(
      sct.reports.saveAnswer.mutate({
        inspectionId: sctInspection,
        itemCode: 'I.1.c',
        narrative: para('x'),
        figures: {},
        expectedVersion: items[2]?.answer?.version ?? 0,
      }),
    );
    expect(closed.message).toBe(
      'Mục I.1.c không nằm trong các mục Đoàn kiểm tra đề nghị bổ sung nên không sửa được.',
    );
    await sct.reports.saveAnswer.mutate({
      inspectionId: sctInspection,
      itemCode: 'I.1.b',
      narrative: para('Năm 2023 đã kiểm tra 8 đơn vị.'),
      figures: {},
      expectedVersion: items[1]?.answer?.version ?? 0,
    });
    await setClock('2024-05-07T03:00:00Z');
    await sct.reports.submit.mutate({
      inspectionId: sctInspection,
      expectedVersion: unitView.report.version,
    });
    const resubmitted = await member.reports.get.query({ inspectionId: sctInspection });
    expect(resubmitted.report).toMatchObject({ status: 'submitted', timing: 'on_time' });
    expect(resubmitted.additionRequests[0]?.resolvedAt).toEqual(now);
  });

  it('lets only the team leader reopen, with a reason', async () => {
    const view = await leader.reports.get.query({ inspectionId: sctInspection });
    const input = {
      inspectionId: sctInspection,
      expectedVersion: view.report.version,
      reason: 'Đơn vị xin sửa số liệu mục I.3.',
    };
    expect((await rejection(member.reports.reopen.mutate(input))).data?.httpStatus).toBe(403);
    expect((await rejection(sct.reports.reopen.mutate(input))).data?.httpStatus).toBe(403);
    const short = await rejection(leader.reports.reopen.mutate({ ...input, reason: 'x' }));
    expect(short.message).toMatch(/Hãy nêu lý do mở lại báo cáo/);
    await leader.reports.reopen.mutate(input);
    const reopened = await sct.reports.get.query({ inspectionId: sctInspection });
    expect(reopened.report).toMatchObject({
      status: 'reopened',
      reopenedReason: 'Đơn vị xin sửa số liệu mục I.3.',
    });
    expect(reopened.permissions.canEdit).toBe(true);
    const stale = await rejection(leader.reports.reopen.mutate(input));
    expect(stale.data?.httpStatus).toBe(409);
  });
});

describe('report states for the home page', () => {
  it('shows the unit its own report’s state and the team only submitted reports', async () => {
    const own = (await sct.reports.states.query()).items;
    expect(own).toEqual([
      {
        inspectionId: sctInspection,
        status: 'reopened',
        statusLabel: 'Đoàn kiểm tra đã mở lại để chỉnh sửa',
      },
    ]);
    const team = (await member.reports.states.query()).items;
    expect(team.map((s) => [s.inspectionId, s.status]).sort()).toEqual(
      [
        [sctInspection, 'reopened'],
        [taysonInspection, 'submitted'],
      ].sort(),
    );
    const commune = await server.signedIn('xa.binhtuong');
    expect((await commune.reports.states.query()).items).toEqual([
      expect.objectContaining({ status: 'draft', statusLabel: 'Chưa bắt đầu' }),
    ]);
  });
});

describe('outline versions', () => {
  it('an administrator publishes a new version; the written report keeps its own', async () => {
    const templates = await admin.reports.templates.query();
    expect(templates.map((t) => `${t.code}@${t.version}`)).toEqual([
      'de-cuong-chuyen-de-tthc@1',
      'de-cuong-toan-dien@1',
    ]);
    const published = await admin.reports.publishTemplate.mutate({
      code: 'de-cuong-toan-dien',
      title: 'Đề cương báo cáo (bản sửa đổi)',
      inspectionKind: 'comprehensive',
      items: [
        {
          code: 'I',
          parentCode: null,
          title: 'KẾT QUẢ',
          guidance: null,
          required: false,
          figures: [],
          figureRules: [],
        },
        {
          code: 'I.1',
          parentCode: 'I',
          title: 'Kết quả chung',
          guidance: null,
          required: true,
          figures: [],
          figureRules: [],
        },
      ],
    });
    expect(published.version).toBe(2);
    expect(await admin.reports.template.query({ templateId: published.id })).toMatchObject({
      code: 'de-cuong-toan-dien',
      version: 2,
      items: [
        expect.objectContaining({ code: 'I' }),
        expect.objectContaining({ code: 'I.1', required: true }),
      ],
    });
    expect((await sct.reports.get.query({ inspectionId: sctInspection })).template.version).toBe(1);
    const refused = await rejection(
      admin.reports.publishTemplate.mutate({
        code: 'de-cuong-toan-dien',
        title: 'Đề cương rỗng',
        inspectionKind: 'comprehensive',
        items: [
          {
            code: 'I',
            parentCode: null,
            title: 'KẾT QUẢ',
            guidance: null,
            required: false,
            figures: [],
            figureRules: [],
          },
        ],
      }),
    );
    expect(refused.message).toBe('Đề cương phải có ít nhất một mục bắt buộc trả lời.');
    expect((await rejection(sct.reports.templates.query())).data?.httpStatus).toBe(403);
  });
});
