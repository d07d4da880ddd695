import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

/**
 * Where attachment bytes live. The metadata (name, type, size, sha-256) is always a row of
 * report_attachments; the store only keeps and returns the bytes under a key. The database is the
 * default; the local disk is the other; an S3-compatible store can implement the same interface.
 */
export interface AttachmentStore {
  readonly kind: 'database' | 'disk';
  /** Keeps `content` under `key`; `db` is the transaction the metadata row is written in. */
  put(db: Kysely<Database>, key: string, content: Uint8Array): Promise<void>;
  /** The bytes kept under `key`, null when there are none. */
  get(db: Kysely<Database>, key: string): Promise<Uint8Array | null>;
  /**
   * Removes the bytes under `key`. When `removeAfterCommit` is false, in the transaction `db` that
   * removes the row; when true (a store outside the database, which cannot roll back), only once
   * that transaction committed, so that a lost commit never leaves a listed attachment without its
   * bytes.
   */
  remove(db: Kysely<Database>, key: string): Promise<void>;
  readonly removeAfterCommit: boolean;
}

/** Keeps the bytes in attachment_blobs, in the same transaction as their metadata: nothing is half-saved. */
export const databaseAttachmentStore: AttachmentStore = {
  kind: 'database',
  removeAfterCommit: false,
  async put(db, key, content) {
    await db.insertInto('attachment_blobs').values({ storage_key: key, content }).execute();
  },
  async get(db, key) {
    const row = await db
      .selectFrom('attachment_blobs')
      .select('content')
      .where('storage_key', '=', key)
      .executeTakeFirst();
    return row ? new Uint8Array(row.content) : null;
  },
  async remove(db, key) {
    await db.deleteFrom('attachment_blobs').where('storage_key', '=', key).execute();
  },
};
