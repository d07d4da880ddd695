import { listAdditionRequests, listSystemFigures, saveAnswer, withActor } from '@kiemtra/db';
import {
  checkFigures,
  checkItemEditable,
  DomainError,
  formatVietnamese,
  narrativeHasText,
  sanitizeNarrative,
  type saveAnswerInput,
  todayInVietnam,
} from '@kiemtra/domain';
import type { z } from 'zod';
import type { ActorProfile } from '../auth/resolve-actor.js';
import { auditActorOf } from '../trpc/audit-actor.js';
import type { AppDeps } from '../trpc/context.js';
import { assertAccepted, refusal } from '../trpc/errors.js';
import { answerableItem, inspectionForReport, openItemsOf, reportForWriting } from './report-access.js';

/**
 * Saves one item's draft: the narrative cleaned to the allowed formatting, the unit's figures
 * checked together with those a system pushed (which the unit may not overwrite). A save from a
 * version someone else already replaced is a 409 carrying the other person's answer.
 */
export async function saveReportAnswer(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  profile: ActorProfile,
  input: z.infer<typeof saveAnswerInput>,
) {
  const inspection = await inspectionForReport(deps.db, profile.actor, 'report.write', input.inspectionId);
  return withActor(deps.db, auditActorOf(profile), async (trx) => {
    const { report, template } = await reportForWriting(trx, inspection);
    const item = answerableItem(template, input.itemCode);
    const requests = await listAdditionRequests(trx, report.id);
    assertAccepted(
      checkItemEditable({ status: report.status, openItemCodes: openItemsOf(report, requests) }, item.code),
    );
    const fromSystem = (await listSystemFigures(trx, report.id)).filter((s) => s.itemCode === item.code);
    const overwritten = fromSystem.filter((s) => input.figures[s.figureKey] != null);
    if (overwritten.length > 0) {
      throw refusal(
        overwritten.map((s) => ({
          code: 'system_figure',
          field: s.figureKey,
          message: `Số liệu “${item.figures.find((f) => f.key === s.figureKey)?.label ?? s.figureKey}” lấy từ hệ thống (${s.source}), đơn vị không sửa được; hãy ghi ý kiến bên cạnh nếu số liệu chưa đúng.`,
        })),
        'INVALID_INPUT',
      );
    }
    const combined = {
      ...input.figures,
      ...Object.fromEntries(fromSystem.map((s) => [s.figureKey, s.value])),
    };
    const issues = checkFigures(item.figures, item.figureRules, combined);
    if (issues.length > 0) throw refusal(issues, 'INVALID_INPUT');

    // Sanitized once, here: reads show the stored HTML and count progress from has_text.
    const narrative = sanitizeNarrative(input.narrative);
    const result = await saveAnswer(trx, {
      reportId: report.id,
      itemCode: item.code,
      narrative,
      hasText: narrativeHasText(narrative),
      figures: Object.fromEntries(Object.entries(input.figures).filter(([, v]) => v !== null)),
      expectedVersion: input.expectedVersion,
      byName: profile.displayName,
      at: deps.clock.now(),
    });
    if (!result.saved) {
      const current = result.current;
      const who = current?.updatedByName ?? 'người khác';
      const when = current ? ` ngày ${formatVietnamese(todayInVietnam(current.updatedAt))}` : '';
      throw new DomainError(
        'CONFLICT',
        `Mục ${item.code} vừa được ${who} lưu${when}; nội dung của bạn chưa được lưu. Hãy xem bản của họ, gộp lại rồi lưu.`,
        {
          current: current && {
            itemCode: current.itemCode,
            narrative: current.narrative,
            figures: current.figures,
            version: current.version,
            updatedByName: current.updatedByName,
            updatedAt: current.updatedAt.toISOString(),
          },
        },
      );
    }
    return {
      itemCode: result.answer.itemCode,
      narrative: result.answer.narrative,
      version: result.answer.version,
      updatedByName: result.answer.updatedByName,
      updatedAt: result.answer.updatedAt,
    };
  });
}
