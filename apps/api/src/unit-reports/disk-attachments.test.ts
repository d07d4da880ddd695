import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiskAttachmentStore, type DiskAttachmentStore } from '@kiemtra/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, sessionCookie, startTestServer, type TestServer } from '../testing/test-server.js';

// The disk store (ATTACHMENTS_DIR) with commits that fail: a deferred constraint trigger makes
// COMMIT itself refuse, after every statement of the transaction (the file's too) has run.
let server: TestServer;
let directory: string;
let store: DiskAttachmentStore;
let cookie: string;
let inspectionId: string;

const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'kiemtra-attachments-'));
  store = createDiskAttachmentStore(directory);
  server = await startTestServer({
    clock: { now: () => new Date('2024-04-25T03:00:00Z') },
    attachmentStore: store,
  });
  cookie = await sessionCookie(server.url, 'sct');
  inspectionId =
    (await clientFor(server.url, { cookie }).inspections.list.query()).items.find((i) =>
      i.orgUnitName.includes('Công Thương'),
    )?.id ?? '';
  await sql`CREATE FUNCTION refuse_commit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'commit refused by the test'; END $$`.execute(server.database.db);
});
afterAll(async () => {
  await server?.close();
  await rm(directory, { recursive: true, force: true });
});

/** Makes every commit that inserted (or deleted) an attachment row fail, for the duration of `work`. */
async function withFailingCommits<T>(event: 'INSERT' | 'DELETE', work: () => Promise<T>): Promise<T> {
  const db = server.database.db;
  await sql
    .raw(`CREATE CONSTRAINT TRIGGER refuse_commit AFTER ${event} ON report_attachments
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_commit()`)
    .execute(db);
  try {
    return await work();
  } finally {
    await sql`DROP TRIGGER refuse_commit ON report_attachments`.execute(db);
  }
}

const upload = (fileName: string) =>
  fetch(`${server.url}/files/reports/${inspectionId}/items/I.1.a/attachments`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(fileName),
      cookie,
    },
    body: PDF,
  });

const filesOnDisk = async () =>
  (await Promise.all((await readdir(directory)).map((shard) => readdir(join(directory, shard))))).flat();

const listed = async () =>
  (await clientFor(server.url, { cookie }).reports.get.query({ inspectionId })).sections
    .flatMap((s) => s.items)
    .flatMap((i) => i.attachments ?? []);

describe('the disk attachment store when a commit fails', () => {
  it('keeps the bytes of an attachment whose removal did not commit: it stays listed and downloads', async () => {
    const uploaded = (await (await upload('Kế hoạch.pdf')).json()) as { id: string };
    const client = clientFor(server.url, { cookie });
    await withFailingCommits('DELETE', async () => {
      await expect(client.attachments.remove.mutate({ attachmentId: uploaded.id })).rejects.toThrow();
    });
    expect((await listed()).map((a) => a.id)).toContain(uploaded.id);
    const download = await fetch(`${server.url}/files/attachments/${uploaded.id}`, { headers: { cookie } });
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);
    // Once the removal commits, the file goes too.
    await client.attachments.remove.mutate({ attachmentId: uploaded.id });
    expect(await filesOnDisk()).not.toContain(uploaded.id);
  });

  it('leaves no listed attachment after a failed upload, and the sweep deletes its file', async () => {
    const before = await filesOnDisk();
    const response = await withFailingCommits('INSERT', () => upload('Báo cáo.pdf'));
    expect(response.status).toBe(500);
    expect(await listed()).toEqual([]);
    const orphans = (await filesOnDisk()).filter((f) => !before.includes(f));
    expect(orphans).toHaveLength(1);

    // Within the grace period an upload may still be committing: its file is kept.
    expect(await store.sweepOrphans(server.database.db, { now: new Date(), graceMs: 60_000 })).toBe(0);
    const kept = (await (await upload('Giữ lại.pdf')).json()) as { id: string };
    const later = new Date(Date.now() + 120_000);
    expect(await store.sweepOrphans(server.database.db, { now: later, graceMs: 60_000 })).toBe(1);
    expect(await filesOnDisk()).toHaveLength(1);
    const download = await fetch(`${server.url}/files/attachments/${kept.id}`, { headers: { cookie } });
    expect(download.status).toBe(200);
  });
});
