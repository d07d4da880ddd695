import { createHash, randomUUID } from 'node:crypto';
import {
  type AttachmentStore,
  attachmentUsage,
  databaseAttachmentStore,
  deleteAttachment,
  findAttachment,
  findInspection,
  findReportByInspection,
  insertAttachment,
  listAdditionRequests,
  withActor,
} from '@kiemtra/db';
import { checkAttachment, checkAttachmentQuota, checkItemEditable, DomainError } from '@kiemtra/domain';
import { fileTypeFromBuffer } from 'file-type';
import type { ActorProfile } from '../auth/resolve-actor.js';
import { auditActorOf } from '../trpc/audit-actor.js';
import type { AppDeps } from '../trpc/context.js';
import { assertAccepted } from '../trpc/errors.js';
import { authorize } from '../trpc/init.js';
import { inspectionResource } from '../trpc/routers/schedule/schedule-context.js';
import {
  answerableItem,
  assertReadableBy,
  inspectionForReport,
  openItemsOf,
  reportForWriting,
} from './report-access.js';

type Deps = Pick<AppDeps, 'db' | 'attachmentQuota'> & { attachmentStore?: AttachmentStore };

const storeOf = (deps: Deps): AttachmentStore => deps.attachmentStore ?? databaseAttachmentStore;

export const sha256Of = (content: Uint8Array): string => createHash('sha256').update(content).digest('hex');

/** The attachment as a reader sees it (never its storage key). */
export function toAttachmentDto(a: {
  id: string;
  itemCode: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedByName: string | null;
  createdAt: Date;
}) {
  return {
    id: a.id,
    itemCode: a.itemCode,
    fileName: a.fileName,
    mediaType: a.mediaType,
    sizeBytes: a.sizeBytes,
    sha256: a.sha256,
    uploadedByName: a.uploadedByName,
    createdAt: a.createdAt,
  };
}

/**
 * Attaches evidence to one item. The type is decided by the file's bytes (file-type), which must
 * agree with its name; the bytes and their sha-256 are stored in the same transaction as the row.
 */
export async function uploadAttachment(
  deps: Deps,
  profile: ActorProfile,
  input: { inspectionId: string; itemCode: string; fileName: string; content: Uint8Array },
) {
  const inspection = await inspectionForReport(deps.db, profile.actor, 'report.write', input.inspectionId);
  const detected = await fileTypeFromBuffer(input.content);
  const check = checkAttachment({
    fileName: input.fileName,
    sizeBytes: input.content.byteLength,
    detectedMediaType: detected?.mime ?? null,
  });
  if (!check.ok) throw new DomainError('INVALID_INPUT', check.issue.message, { issues: [check.issue] });
  const store = storeOf(deps);
  return withActor(deps.db, auditActorOf(profile), async (trx) => {
    const { report, template } = await reportForWriting(trx, inspection);
    const item = answerableItem(template, input.itemCode);
    const requests = await listAdditionRequests(trx, report.id);
    assertAccepted(
      checkItemEditable({ status: report.status, openItemCodes: openItemsOf(report, requests) }, item.code),
    );
    // Issue 18: per report and per unit; the report row is locked above, so two uploads to one
    // report are counted one after the other.
    const usage = await attachmentUsage(trx, { reportId: report.id, orgUnitId: inspection.orgUnitId });
    const quota = checkAttachmentQuota(usage, input.content.byteLength, deps.attachmentQuota);
    if (!quota.ok) throw new DomainError('RULE_VIOLATION', quota.issue.message, { issues: [quota.issue] });
    const storageKey = randomUUID();
    await store.put(trx, storageKey, input.content);
    const saved = await insertAttachment(trx, {
      tenantId: inspection.tenantId,
      reportId: report.id,
      itemCode: item.code,
      fileName: input.fileName.trim(),
      mediaType: check.mediaType,
      sizeBytes: input.content.byteLength,
      sha256: sha256Of(input.content),
      store: store.kind,
      storageKey,
      uploadedByName: profile.displayName,
    });
    return toAttachmentDto(saved);
  });
}

/**
 * The attachment's row and report, checked for `reportAttachment.read` (the unit and the team only)
 * and for `alsoAction` when given, before anything about the report is told.
 */
async function readableAttachment(
  deps: Deps,
  profile: ActorProfile,
  attachmentId: string,
  alsoAction?: 'report.write',
) {
  const notFound = new DomainError('NOT_FOUND', 'Không tìm thấy tài liệu kèm theo này.');
  const attachment = await findAttachment(deps.db, attachmentId);
  if (!attachment || attachment.tenantId !== profile.actor.tenantId) throw notFound;
  const report = await deps.db
    .selectFrom('unit_reports')
    .select('inspection_id')
    .where('id', '=', attachment.reportId)
    .executeTakeFirst();
  const inspection = report ? await findInspection(deps.db, report.inspection_id) : null;
  if (!inspection) throw notFound;
  authorize(profile.actor, 'reportAttachment.read', inspectionResource(inspection));
  if (alsoAction) authorize(profile.actor, alsoAction, inspectionResource(inspection));
  assertReadableBy(profile.actor, inspection, await findReportByInspection(deps.db, inspection.id));
  return { attachment, inspection };
}

/** The bytes of an attachment, checked against the sha-256 stored when it was uploaded. */
export async function downloadAttachment(deps: Deps, profile: ActorProfile, attachmentId: string) {
  const { attachment } = await readableAttachment(deps, profile, attachmentId);
  const store = storeOf(deps);
  if (store.kind !== attachment.store)
    throw new Error(`attachment ${attachment.id} is in the ${attachment.store} store`);
  const content = await store.get(deps.db, attachment.storageKey);
  if (!content || sha256Of(content) !== attachment.sha256) {
    throw new Error(`attachment ${attachment.id} is missing or does not match its checksum`);
  }
  return { fileName: attachment.fileName, mediaType: attachment.mediaType, content };
}

/** The unit removes an attachment from an item it may still edit. */
export async function removeAttachment(deps: Deps, profile: ActorProfile, attachmentId: string) {
  const { attachment, inspection } = await readableAttachment(deps, profile, attachmentId, 'report.write');
  const store = storeOf(deps);
  await withActor(deps.db, auditActorOf(profile), async (trx) => {
    const { report } = await reportForWriting(trx, inspection);
    const requests = await listAdditionRequests(trx, report.id);
    assertAccepted(
      checkItemEditable(
        { status: report.status, openItemCodes: openItemsOf(report, requests) },
        attachment.itemCode,
      ),
    );
    await deleteAttachment(trx, attachment.id);
    if (store.kind === attachment.store && !store.removeAfterCommit)
      await store.remove(trx, attachment.storageKey);
  });
  // Only now that the row's deletion committed: a file left by a failure here is an orphan that
  // the store's sweep deletes, never a listed attachment without its bytes.
  if (store.kind === attachment.store && store.removeAfterCommit)
    await store.remove(deps.db, attachment.storageKey).catch(() => {});
  return { ok: true as const };
}
