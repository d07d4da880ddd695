import { mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { AttachmentStore } from './attachment-store.js';

const SAFE_KEY = /^[0-9a-f-]{36}$/;

export interface DiskAttachmentStore extends AttachmentStore {
  readonly kind: 'disk';
  /**
   * Deletes the files no attachment row refers to, once older than `graceMs` (an upload still in
   * its transaction has a file and no committed row yet). They are left by an upload whose
   * transaction failed or whose commit was lost, and by a removal whose deletion of the file after
   * its commit failed. Returns how many were deleted.
   */
  sweepOrphans(db: Kysely<Database>, options: { now: Date; graceMs: number }): Promise<number>;
}

/**
 * Keeps the bytes as files under `directory`, one per key (a UUID, so no path can escape it).
 * A file is written and flushed to disk before its row is inserted, and deleted only after the
 * row's deletion committed; what a failure leaves behind is a file without a row, never a row
 * without its file, and sweepOrphans deletes it.
 */
export function createDiskAttachmentStore(directory: string): DiskAttachmentStore {
  const pathOf = (key: string) => {
    if (!SAFE_KEY.test(key)) throw new Error(`not an attachment key: ${key}`);
    return join(directory, key.slice(0, 2), key);
  };
  return {
    kind: 'disk',
    removeAfterCommit: true,
    async put(_db, key, content) {
      await mkdir(join(directory, key.slice(0, 2)), { recursive: true });
      const file = await open(pathOf(key), 'wx');
      try {
        await file.writeFile(content);
        await file.sync();
      } finally {
        await file.close();
      }
    },
    async get(_db, key) {
      try {
        return new Uint8Array(await readFile(pathOf(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async remove(_db, key) {
      await rm(pathOf(key), { force: true });
    },
    async sweepOrphans(db, { now, graceMs }) {
      const candidates: { key: string; path: string }[] = [];
      for (const shard of await readdir(directory).catch(() => [] as string[])) {
        for (const key of await readdir(join(directory, shard)).catch(() => [] as string[])) {
          if (!SAFE_KEY.test(key) || key.slice(0, 2) !== shard) continue;
          const path = join(directory, shard, key);
          const { mtimeMs } = await stat(path);
          if (now.getTime() - mtimeMs >= graceMs) candidates.push({ key, path });
        }
      }
      if (candidates.length === 0) return 0;
      const referenced = new Set<string>();
      for (let i = 0; i < candidates.length; i += 1000) {
        const rows = await db
          .selectFrom('report_attachments')
          .select('storage_key')
          .where('store', '=', 'disk')
          .where(
            'storage_key',
            'in',
            candidates.slice(i, i + 1000).map((c) => c.key),
          )
          .execute();
        for (const row of rows) referenced.add(row.storage_key);
      }
      let deleted = 0;
      for (const candidate of candidates) {
        if (referenced.has(candidate.key)) continue;
        await rm(candidate.path, { force: true });
        deleted++;
      }
      return deleted;
    },
  };
}
