import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowCounts } from '../testing/row-counts.js';
import { sessionCookie, startTestServer, type TestServer } from '../testing/test-server.js';

// Issue 18: upload quotas per report and per unit, enforced by the API from the domain's rule.
// Small quotas, so that the test reaches them: 2 files and 10,000 bytes per report, 5,000 per unit.
let server: TestServer;
let inspectionId: string;
let cookie = '';

const pdf = (padding: number) =>
  new TextEncoder().encode(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%${'x'.repeat(padding)}\n%%EOF\n`);

beforeAll(async () => {
  server = await startTestServer({
    clock: { now: () => new Date('2024-04-25T03:00:00Z') },
    attachmentQuota: { perReport: { files: 2, bytes: 10_000 }, perUnit: { bytes: 5_000 } },
  });
  cookie = await sessionCookie(server.url, 'sct');
  const row = await server.database.db
    .selectFrom('inspections')
    .innerJoin('org_units', 'org_units.id', 'inspections.org_unit_id')
    .select('inspections.id')
    .where('org_units.code', '=', 'so-cong-thuong')
    .executeTakeFirstOrThrow();
  inspectionId = row.id;
});
afterAll(async () => server?.close());

async function upload(name: string, body: Uint8Array) {
  const response = await fetch(`${server.url}/files/reports/${inspectionId}/items/I.1.a/attachments`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name), cookie },
    body,
  });
  return { status: response.status, body: (await response.json()) as { id?: string; message?: string } };
}

describe('upload quotas', () => {
  it('refuses a third file in a report allowed two, storing nothing', async () => {
    expect((await upload('a.pdf', pdf(10))).status).toBe(201);
    expect((await upload('b.pdf', pdf(10))).status).toBe(201);
    const before = await rowCounts(server.database.db);
    const third = await upload('c.pdf', pdf(10));
    expect(third.status).toBe(422);
    expect(third.body.message).toBe(
      'Báo cáo đã có 2 tệp kèm theo, mức tối đa là 2 tệp; hãy gộp hoặc xoá bớt tệp không cần thiết.',
    );
    expect(await rowCounts(server.database.db)).toEqual(before);
  });

  it('refuses bytes beyond what every report of the unit may hold', async () => {
    const listed = await server.database.db.selectFrom('report_attachments').select('id').execute();
    await server.database.db
      .deleteFrom('report_attachments')
      .where('id', '=', listed[1]?.id ?? '')
      .execute();
    const big = await upload('lon.pdf', pdf(6_000));
    expect(big.status).toBe(422);
    expect(big.body.message).toContain('Tệp kèm theo của mọi báo cáo của đơn vị sẽ vượt 4,9 KB');
    expect((await upload('vua.pdf', pdf(4_000))).status).toBe(201);
  });
});
