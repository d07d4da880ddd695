import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerableItems, TTHC_OUTLINE } from '@kiemtra/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseAttachmentStore } from '../attachments/attachment-store.js';
import { createDiskAttachmentStore } from '../attachments/disk-attachment-store.js';
import type { DatabaseHandle } from '../connection.js';
import { loadBinhDinh2024 } from '../seed/load-seed.js';
import { createTestDatabase } from '../testing/index.js';
import { withActor } from '../with-actor.js';
import { findAttachment, insertAttachment, listAttachments } from './report-attachments.repository.js';
import {
  findOutlineTemplate,
  insertReportTemplate,
  listPublishedTemplates,
  templateVersions,
} from './report-templates.repository.js';
import {
  commentOnSystemFigure,
  ensureReport,
  listSystemFigures,
  saveAnswer,
  upsertSystemFigures,
} from './reports.repository.js';

let handle: DatabaseHandle;
let planTemplateId: string;
let inspectionId: string;
const TENANT = 'binh-dinh';
const actor = { kind: 'user' as const, id: null, name: 'Nguyễn Văn An', tenantId: TENANT };

beforeAll(async () => {
  handle = await createTestDatabase();
  await loadBinhDinh2024(handle.db, { hashPassword: async (p) => `test:${p}` });
  const plan = await handle.db.selectFrom('plans').select('report_template_id').executeTakeFirstOrThrow();
  planTemplateId = plan.report_template_id ?? '';
  const inspection = await handle.db
    .selectFrom('inspections')
    .innerJoin('org_units', 'org_units.id', 'inspections.org_unit_id')
    .where('org_units.code', '=', 'so-cong-thuong')
    .select('inspections.id')
    .executeTakeFirstOrThrow();
  inspectionId = inspection.id;
});
afterAll(async () => handle.close());

describe('the seeded outlines', () => {
  it('hold every item of the seed’s Đề cương, text as printed, I.1–I.7, II.1, II.2 and III', async () => {
    const template = await findOutlineTemplate(handle.db, planTemplateId);
    expect(template).toMatchObject({
      code: 'de-cuong-toan-dien',
      version: 1,
      inspectionKind: 'comprehensive',
    });
    const items = answerableItems(template?.items ?? []);
    const perSection = (prefix: string) => items.filter((i) => i.parentCode === prefix).length;
    expect(['I.1', 'I.2', 'I.3', 'I.4', 'I.5', 'I.6', 'I.7', 'II', 'III'].map(perSection)).toEqual([
      6, 5, 4, 3, 5, 3, 3, 2, 1,
    ]);
    expect(items).toHaveLength(32);
    expect(items[0]?.title).toMatch(
      /^Công tác ban hành các văn bản chỉ đạo, điều hành; tổ chức các hội nghị giao ban/,
    );
    expect(items.find((i) => i.code === 'I.5.b')?.title).toBe(
      'Xây dựng và triển khai thực hiện kế hoạch chuyên đổi vị trí công tác đối với cán bộ, công chức, viên chức tại cơ quan, đơn vị, địa phương',
    );
    expect(items.find((i) => i.code === 'II.2')?.title).toBe('Những tồn tại, hạn chế, khó khăn');
    expect(items.find((i) => i.code === 'III.1')?.guidance).toMatch(
      /^Nêu những kiến nghị, đề xuất với Ủy ban nhân dân tỉnh/,
    );
  });

  it('ask for the one-stop dossier counts in I.3 and publish the thematic TTHC outline', async () => {
    const template = await findOutlineTemplate(handle.db, planTemplateId);
    const oneStop = template?.items.find((i) => i.code === 'I.3.d');
    expect(oneStop?.figures.map((f) => f.key)).toContain('dossiers_on_time');
    expect(oneStop?.figureRules).toContainEqual({
      key: 'dossiers_on_time',
      notGreaterThan: 'dossiers_received',
    });
    const published = await listPublishedTemplates(handle.db, TENANT);
    const thematic = published.find((t) => t.code === TTHC_OUTLINE.code);
    expect(thematic).toMatchObject({ version: 1, inspectionKind: 'thematic' });
    const stored = await findOutlineTemplate(handle.db, thematic?.id ?? '');
    expect(stored?.items).toEqual(TTHC_OUTLINE.items);
  });

  it('keep older versions when a new one is published', async () => {
    const id = await withActor(handle.db, actor, (trx) =>
      insertReportTemplate(trx, TENANT, { ...TTHC_OUTLINE, version: 2, title: 'Bản 2' }, new Date()),
    );
    expect((await templateVersions(handle.db, TENANT, TTHC_OUTLINE.code)).sort()).toEqual([1, 2]);
    expect((await findOutlineTemplate(handle.db, id))?.title).toBe('Bản 2');
  });
});

describe('answers with version numbers', () => {
  it('saves a first answer, then refuses a save from a stale version and returns the other’s text', async () => {
    const report = await withActor(handle.db, actor, (trx) =>
      ensureReport(trx, { tenantId: TENANT, inspectionId, templateId: planTemplateId }),
    );
    const first = await saveAnswer(handle.db, {
      reportId: report.id,
      itemCode: 'I.1.a',
      narrative: '<p>Bản của chị Hà</p>',
      hasText: true,
      figures: {},
      expectedVersion: 0,
      byName: 'Lê Thị Thu Hà',
      at: new Date(),
    });
    expect(first).toMatchObject({ saved: true, answer: { version: 1 } });
    // A second person who also started from the empty item.
    const racing = await saveAnswer(handle.db, {
      reportId: report.id,
      itemCode: 'I.1.a',
      narrative: '<p>Bản của anh Minh</p>',
      hasText: true,
      figures: {},
      expectedVersion: 0,
      byName: 'Trần Văn Minh',
      at: new Date(),
    });
    expect(racing).toMatchObject({
      saved: false,
      current: { narrative: '<p>Bản của chị Hà</p>', updatedByName: 'Lê Thị Thu Hà', version: 1 },
    });
    const second = await saveAnswer(handle.db, {
      reportId: report.id,
      itemCode: 'I.1.a',
      narrative: '<p>Bản sửa</p>',
      hasText: true,
      figures: {},
      expectedVersion: 1,
      byName: 'Trần Văn Minh',
      at: new Date(),
    });
    expect(second).toMatchObject({ saved: true, answer: { version: 2 } });
    const stale = await saveAnswer(handle.db, {
      reportId: report.id,
      itemCode: 'I.1.a',
      narrative: '<p>Cũ</p>',
      hasText: true,
      figures: {},
      expectedVersion: 1,
      byName: 'Lê Thị Thu Hà',
      at: new Date(),
    });
    expect(stale).toMatchObject({ saved: false, current: { narrative: '<p>Bản sửa</p>', version: 2 } });
  });

  it('creates one report however often it is ensured, and audits its answers', async () => {
    const again = await ensureReport(handle.db, {
      tenantId: TENANT,
      inspectionId,
      templateId: planTemplateId,
    });
    const count = await handle.db
      .selectFrom('unit_reports')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('inspection_id', '=', inspectionId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    const audited = await handle.db
      .selectFrom('audit_log')
      .select(['operation', 'actor_name'])
      .where('entity', '=', 'unit_reports')
      .where('entity_id', '=', again.id)
      .execute();
    expect(audited).toEqual([{ operation: 'INSERT', actor_name: 'Nguyễn Văn An' }]);
    const answerLog = await handle.db
      .selectFrom('audit_log')
      .select('operation')
      .where('entity', '=', 'report_answers')
      .execute();
    expect(answerLog.map((r) => r.operation)).toEqual(['INSERT', 'UPDATE']);
  });
});

describe('figures from a provincial system', () => {
  it('replace the value on a newer push and keep the unit’s comment', async () => {
    const report = await ensureReport(handle.db, {
      tenantId: TENANT,
      inspectionId,
      templateId: planTemplateId,
    });
    const client = await handle.db
      .insertInto('api_clients')
      .values({
        tenant_id: TENANT,
        name: 'Một cửa điện tử',
        scopes: JSON.stringify(['unit-figures:write']),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const push = (received: number, at: string) =>
      upsertSystemFigures(handle.db, {
        reportId: report.id,
        itemCode: 'I.3.d',
        source: 'Hệ thống thông tin giải quyết TTHC tỉnh',
        recordedAt: new Date(at),
        apiClientId: client.id,
        figures: { dossiers_received: received },
      });
    await push(100, '2024-04-20T01:00:00Z');
    expect(
      await commentOnSystemFigure(handle.db, {
        reportId: report.id,
        itemCode: 'I.3.d',
        figureKey: 'dossiers_received',
        comment: 'Gồm cả hồ sơ liên thông.',
      }),
    ).toBe(true);
    await push(120, '2024-04-22T01:00:00Z');
    expect(await listSystemFigures(handle.db, report.id)).toEqual([
      {
        itemCode: 'I.3.d',
        figureKey: 'dossiers_received',
        value: 120,
        source: 'Hệ thống thông tin giải quyết TTHC tỉnh',
        recordedAt: new Date('2024-04-22T01:00:00Z'),
        unitComment: 'Gồm cả hồ sơ liên thông.',
      },
    ]);
  });
});

describe('attachment stores', () => {
  const bytes = new TextEncoder().encode('%PDF-1.4 thử');

  it('keep the bytes in the database in the metadata’s transaction; a failure leaves neither', async () => {
    const report = await ensureReport(handle.db, {
      tenantId: TENANT,
      inspectionId,
      templateId: planTemplateId,
    });
    const key = crypto.randomUUID();
    const meta = {
      tenantId: TENANT,
      reportId: report.id,
      itemCode: 'I.1.a',
      fileName: 'ke-hoach.pdf',
      mediaType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256: 'a'.repeat(64),
      store: 'database' as const,
      storageKey: key,
      uploadedByName: 'Lê Thị Thu Hà',
    };
    await expect(
      withActor(handle.db, actor, async (trx) => {
        await databaseAttachmentStore.put(trx, key, bytes);
        await insertAttachment(trx, meta);
        throw new Error('midway');
      }),
    ).rejects.toThrow('midway');
    expect(await databaseAttachmentStore.get(handle.db, key)).toBeNull();
    expect(await listAttachments(handle.db, report.id)).toEqual([]);

    const saved = await withActor(handle.db, actor, async (trx) => {
      await databaseAttachmentStore.put(trx, key, bytes);
      return insertAttachment(trx, meta);
    });
    expect(await findAttachment(handle.db, saved.id)).toMatchObject({
      fileName: 'ke-hoach.pdf',
      sizeBytes: bytes.length,
    });
    expect(await databaseAttachmentStore.get(handle.db, key)).toEqual(bytes);
  });

  it('keep the bytes on disk under their key, and refuse a key that could escape the directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiemtra-attachments-'));
    try {
      const store = createDiskAttachmentStore(dir);
      const key = crypto.randomUUID();
      await store.put(handle.db, key, bytes);
      expect(await store.get(handle.db, key)).toEqual(bytes);
      await store.remove(handle.db, key);
      expect(await store.get(handle.db, key)).toBeNull();
      await expect(store.put(handle.db, '../../etc/passwd', bytes)).rejects.toThrow('not an attachment key');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
