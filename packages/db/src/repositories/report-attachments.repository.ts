import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

export interface AttachmentRecord {
  id: string;
  tenantId: string;
  reportId: string;
  itemCode: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  store: 'database' | 'disk';
  storageKey: string;
  uploadedByName: string | null;
  createdAt: Date;
}

const columns = [
  'id',
  'tenant_id',
  'report_id',
  'item_code',
  'file_name',
  'media_type',
  'size_bytes',
  'sha256',
  'store',
  'storage_key',
  'uploaded_by_name',
  'created_at',
] as const;

const toRecord = (r: {
  id: string;
  tenant_id: string;
  report_id: string;
  item_code: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  store: 'database' | 'disk';
  storage_key: string;
  uploaded_by_name: string | null;
  created_at: Date;
}): AttachmentRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  reportId: r.report_id,
  itemCode: r.item_code,
  fileName: r.file_name,
  mediaType: r.media_type,
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  store: r.store,
  storageKey: r.storage_key,
  uploadedByName: r.uploaded_by_name,
  createdAt: r.created_at,
});

export async function insertAttachment(
  db: Executor,
  input: Omit<AttachmentRecord, 'id' | 'createdAt'>,
): Promise<AttachmentRecord> {
  const row = await db
    .insertInto('report_attachments')
    .values({
      tenant_id: input.tenantId,
      report_id: input.reportId,
      item_code: input.itemCode,
      file_name: input.fileName,
      media_type: input.mediaType,
      size_bytes: input.sizeBytes,
      sha256: input.sha256,
      store: input.store,
      storage_key: input.storageKey,
      uploaded_by_name: input.uploadedByName,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

export async function findAttachment(db: Executor, attachmentId: string): Promise<AttachmentRecord | null> {
  const row = await db
    .selectFrom('report_attachments')
    .select(columns)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
  return row ? toRecord(row) : null;
}

export async function listAttachments(db: Executor, reportId: string): Promise<AttachmentRecord[]> {
  const rows = await db
    .selectFrom('report_attachments')
    .select(columns)
    .where('report_id', '=', reportId)
    .orderBy('created_at')
    .orderBy('file_name')
    .execute();
  return rows.map(toRecord);
}

export async function deleteAttachment(db: Executor, attachmentId: string): Promise<void> {
  await db.deleteFrom('report_attachments').where('id', '=', attachmentId).execute();
}

/** What a report and every report of its unit hold in attachments, for the upload quota. */
export async function attachmentUsage(
  db: Executor,
  ids: { reportId: string; orgUnitId: string },
): Promise<{ report: { files: number; bytes: number }; unit: { bytes: number } }> {
  const report = await db
    .selectFrom('report_attachments')
    .select((eb) => [
      eb.fn.countAll<string>().as('files'),
      eb.fn.sum<string | null>('size_bytes').as('bytes'),
    ])
    .where('report_id', '=', ids.reportId)
    .executeTakeFirstOrThrow();
  const unit = await db
    .selectFrom('report_attachments')
    .innerJoin('unit_reports', 'unit_reports.id', 'report_attachments.report_id')
    .innerJoin('inspections', 'inspections.id', 'unit_reports.inspection_id')
    .select((eb) => eb.fn.sum<string | null>('report_attachments.size_bytes').as('bytes'))
    .where('inspections.org_unit_id', '=', ids.orgUnitId)
    .executeTakeFirstOrThrow();
  return {
    report: { files: Number(report.files), bytes: Number(report.bytes ?? 0) },
    unit: { bytes: Number(unit.bytes ?? 0) },
  };
}
