import {
  changeReportState,
  findOutlineTemplate,
  findReportByInspection,
  type InspectionRecord,
  insertAdditionRequest,
  insertReportComment,
  listAdditionRequests,
  type ReportRecord,
  withActor,
} from '@kiemtra/db';
import {
  type Action,
  checkAdditionRequest,
  checkTeamCanReopen,
  type commentOnItemInput,
  DomainError,
  type reopenReportInput,
  type requestAdditionsInput,
} from '@kiemtra/domain';
import type { z } from 'zod';
import type { ActorProfile } from '../auth/resolve-actor.js';
import { notify, visitRef } from '../notifications/notify.js';
import { auditActorOf } from '../trpc/audit-actor.js';
import type { AppDeps } from '../trpc/context.js';
import { assertAccepted, conflict } from '../trpc/errors.js';
import { answerableItem, assertReadableBy, inspectionForReport, openItemsOf } from './report-access.js';

/** The submitted report the team acts on, checked for `action` and for being readable at all. */
async function reportForTeam(
  deps: Pick<AppDeps, 'db'>,
  profile: ActorProfile,
  action: Action,
  inspectionId: string,
): Promise<{ inspection: InspectionRecord; report: ReportRecord }> {
  const inspection = await inspectionForReport(deps.db, profile.actor, action, inspectionId);
  const report = await findReportByInspection(deps.db, inspection.id);
  assertReadableBy(profile.actor, inspection, report);
  if (!report) throw new DomainError('NOT_FOUND', 'Đơn vị chưa gửi báo cáo.');
  return { inspection, report };
}

const factsOf = async (deps: Pick<AppDeps, 'db'>, report: ReportRecord) => ({
  status: report.status,
  openItemCodes: openItemsOf(report, await listAdditionRequests(deps.db, report.id)),
});

/** The unit's officer and head learn what the team asked of their report. */
async function tellUnit(
  trx: Parameters<typeof visitRef>[0],
  deps: Pick<AppDeps, 'clock'>,
  profile: ActorProfile,
  inspection: InspectionRecord,
  feedbackId: string,
  what: 'additions' | 'comment' | 'reopened',
) {
  await notify(
    trx,
    deps.clock,
    inspection.tenantId,
    { ...(await visitRef(trx, inspection)), type: 'report_feedback', feedbackId, what },
    profile.actor,
  );
}

/** The team leader reopens a submitted report for the unit to edit, with a reason kept in the log. */
export async function reopenReport(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  profile: ActorProfile,
  input: z.infer<typeof reopenReportInput>,
) {
  const { inspection, report } = await reportForTeam(deps, profile, 'report.reopen', input.inspectionId);
  if (report.version !== input.expectedVersion) throw conflict('Báo cáo');
  assertAccepted(checkTeamCanReopen(await factsOf(deps, report)));
  return withActor(deps.db, auditActorOf(profile, input.reason), async (trx) => {
    const version = await changeReportState(trx, report.id, report.version, {
      status: 'reopened',
      reopenedReason: input.reason,
    });
    if (version === null) throw conflict('Báo cáo');
    await tellUnit(trx, deps, profile, inspection, `${report.id}:v${version}`, 'reopened');
    return { version };
  });
}

/** A team member asks the unit to add to some items: only those reopen, and the unit sees the request. */
export async function requestAdditions(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  profile: ActorProfile,
  input: z.infer<typeof requestAdditionsInput>,
) {
  const { inspection, report } = await reportForTeam(deps, profile, 'report.review', input.inspectionId);
  if (report.version !== input.expectedVersion) throw conflict('Báo cáo');
  const template = await findOutlineTemplate(deps.db, report.templateId);
  if (!template) throw new Error('a report refers to a missing template');
  const itemCodes = [...new Set(input.itemCodes)];
  assertAccepted(
    checkAdditionRequest(await factsOf(deps, report), template.items, itemCodes),
    'INVALID_INPUT',
  );
  return withActor(deps.db, auditActorOf(profile, input.reason), async (trx) => {
    const version = await changeReportState(trx, report.id, report.version, {
      status: 'additions_requested',
    });
    if (version === null) throw conflict('Báo cáo');
    await insertAdditionRequest(trx, {
      reportId: report.id,
      itemCodes,
      reason: input.reason,
      requestedByName: profile.displayName,
      at: deps.clock.now(),
    });
    await tellUnit(trx, deps, profile, inspection, `${report.id}:v${version}`, 'additions');
    return { version };
  });
}

/** A team member's comment on one item of a submitted report. */
export async function commentOnItem(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  profile: ActorProfile,
  input: z.infer<typeof commentOnItemInput>,
) {
  const { inspection, report } = await reportForTeam(deps, profile, 'report.review', input.inspectionId);
  const template = await findOutlineTemplate(deps.db, report.templateId);
  if (!template) throw new Error('a report refers to a missing template');
  const item = answerableItem(template, input.itemCode);
  await withActor(deps.db, auditActorOf(profile), async (trx) => {
    const commentId = await insertReportComment(trx, {
      reportId: report.id,
      itemCode: item.code,
      authorUserId: profile.actor.kind === 'user' ? profile.actor.id : null,
      authorName: profile.displayName,
      body: input.body,
    });
    await tellUnit(trx, deps, profile, inspection, `comment:${commentId}`, 'comment');
  });
  return { ok: true as const };
}
