import {
  commentOnSystemFigure,
  findInspection,
  listAdditionRequests,
  listSystemFigures,
  upsertSystemFigures,
  withActor,
} from '@kiemtra/db';
import {
  checkFigures,
  checkItemEditable,
  type commentOnSystemFigureInput,
  DomainError,
  type pushSystemFiguresInput,
} from '@kiemtra/domain';
import type { z } from 'zod';
import type { ActorProfile } from '../auth/resolve-actor.js';
import { auditActorOf } from '../trpc/audit-actor.js';
import type { AppDeps } from '../trpc/context.js';
import { assertAccepted, refusal } from '../trpc/errors.js';
import { authorize } from '../trpc/init.js';
import { answerableItem, inspectionForReport, openItemsOf, reportForWriting } from './report-access.js';

/**
 * A provincial system (scope unit-figures:write) writes figures it holds, e.g. the one-stop
 * system's dossier counts, into a unit's report. They show as "từ hệ thống" with their source and
 * time; the unit may comment on them but not overwrite them.
 */
export async function pushSystemFigures(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  profile: ActorProfile,
  input: z.infer<typeof pushSystemFiguresInput>,
) {
  const { actor } = profile;
  authorize(actor, 'unitFigures.push', { tenantId: actor.tenantId });
  const inspection = await findInspection(deps.db, input.inspectionId);
  if (!inspection || inspection.tenantId !== actor.tenantId)
    throw new DomainError('NOT_FOUND', 'Không tìm thấy cuộc kiểm tra này.');
  if (actor.kind !== 'api_client')
    throw new DomainError('FORBIDDEN', 'Chỉ hệ thống thông tin của tỉnh được ghi số liệu “từ hệ thống”.');
  return withActor(deps.db, auditActorOf(profile), async (trx) => {
    const { report, template } = await reportForWriting(trx, inspection);
    const item = answerableItem(template, input.itemCode);
    const held = Object.fromEntries(
      (await listSystemFigures(trx, report.id))
        .filter((s) => s.itemCode === item.code)
        .map((s) => [s.figureKey, s.value]),
    );
    const issues = checkFigures(item.figures, item.figureRules, { ...held, ...input.figures });
    if (issues.length > 0) throw refusal(issues, 'INVALID_INPUT');
    const recordedAt = deps.clock.now();
    await upsertSystemFigures(trx, {
      reportId: report.id,
      itemCode: item.code,
      source: input.source,
      recordedAt,
      apiClientId: actor.id,
      figures: input.figures,
    });
    return {
      inspectionId: inspection.id,
      itemCode: item.code,
      figureKeys: Object.keys(input.figures),
      recordedAt,
    };
  });
}

/** The unit's comment beside a figure from a system (e.g. why its own count differs). */
export async function commentSystemFigure(
  deps: Pick<AppDeps, 'db'>,
  profile: ActorProfile,
  input: z.infer<typeof commentOnSystemFigureInput>,
) {
  const inspection = await inspectionForReport(deps.db, profile.actor, 'report.write', input.inspectionId);
  return withActor(deps.db, auditActorOf(profile), async (trx) => {
    const { report } = await reportForWriting(trx, inspection);
    const requests = await listAdditionRequests(trx, report.id);
    assertAccepted(
      checkItemEditable(
        { status: report.status, openItemCodes: openItemsOf(report, requests) },
        input.itemCode,
      ),
    );
    const found = await commentOnSystemFigure(trx, {
      reportId: report.id,
      itemCode: input.itemCode,
      figureKey: input.figureKey,
      comment: input.comment === '' ? null : input.comment,
    });
    if (!found) throw new DomainError('NOT_FOUND', 'Mục này không có số liệu từ hệ thống để ghi ý kiến.');
    return { ok: true as const };
  });
}
