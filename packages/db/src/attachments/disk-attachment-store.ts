import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AttachmentStore } from './attachment-store.js';

const SAFE_KEY = /^[0-9a-f-]{36}$/;

/**
 * Keeps the bytes as files under `directory`, one per key (a UUID, so no path can escape it). A
 * file written for a transaction that then fails stays behind unreferenced: harmless, and cheaper
 * than a two-phase commit.
 */
export function createDiskAttachmentStore(directory: string): AttachmentStore {
  const pathOf = (key: string) => {
    if (!SAFE_KEY.test(key)) throw new Error(`not an attachment key: ${key}`);
    return join(directory, key.slice(0, 2), key);
  };
  return {
    kind: 'disk',
    async put(_db, key, content) {
      const path = pathOf(key);
      await mkdir(join(directory, key.slice(0, 2)), { recursive: true });
      await writeFile(path, content, { flag: 'wx' });
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
  };
}
