import {
  changeReportState,
  listAdditionRequests,
  listAnswers,
  resolveAdditionRequests,
  withActor,
} from '@kiemtra/db';
import {
  checkSubmission,
  submissionTiming,
  type submitReportInput,
  todayInVietnam,
  toIsoDate,
} from '@kiemtra/domain';
import type { z } from 'zod';
import type { ActorProfile } from '../auth/resolve-actor.js';
import { notify, visitRef } from '../notifications/notify.js';
import { auditActorOf } from '../trpc/audit-actor.js';
import type { AppDeps } from '../trpc/context.js';
import { assertAccepted, conflict } from '../trpc/errors.js';
import { inspectionForReport, openItemsOf, reportForWriting } from './report-access.js';
import { unitReportDeadline } from './report-deadline.js';

/**
 * Sends the report to the team. Refused while a required item is empty, with the list of what is
 * missing. The first submission records its time, the due date and whether it was on time; a
 * submission after additions answers the open requests.
 */
export async function submitReport(
  deps: Pick<AppDeps, 'db' | 'clock' | 'calendar'>,
  profile: ActorProfile,
  input: z.infer<typeof submitReportInput>,
) {
  const inspection = await inspectionForReport(deps.db, profile.actor, 'report.write', input.inspectionId);
  const { deadline, calendar } = await unitReportDeadline(deps, deps.db, inspection);
  return withActor(deps.db, auditActorOf(profile), async (trx) => {
    const { report, template, created } = await reportForWriting(trx, inspection);
    if (!created && report.version !== input.expectedVersion) throw conflict('Báo cáo');
    const requests = await listAdditionRequests(trx, report.id);
    const answers = await listAnswers(trx, report.id);
    assertAccepted(
      checkSubmission(
        { status: report.status, openItemCodes: openItemsOf(report, requests) },
        template.items,
        answers,
      ),
    );
    const now = deps.clock.now();
    const first = report.firstSubmittedAt === null;
    const timing =
      first && deadline
        ? submissionTiming({ dueDate: deadline.dueDate, submittedOn: todayInVietnam(now), calendar })
        : null;
    const version = await changeReportState(trx, report.id, report.version, {
      status: 'submitted',
      lastSubmittedAt: now,
      reopenedReason: null,
      ...(first && {
        firstSubmittedAt: now,
        dueDate: deadline ? toIsoDate(deadline.dueDate) : null,
        timing: timing?.kind ?? null,
        workingDaysLate: timing?.kind === 'late' ? timing.workingDaysLate : null,
      }),
    });
    if (version === null) throw conflict('Báo cáo');
    await resolveAdditionRequests(trx, report.id, now);
    // The team learns the report arrived (or came back after additions or a reopening).
    await notify(
      trx,
      deps.clock,
      inspection.tenantId,
      {
        ...(await visitRef(trx, inspection)),
        type: 'report_submitted',
        submissionId: `${report.id}:v${version}`,
        again: !first,
      },
      profile.actor,
    );
    return { version, timing: timing?.kind ?? null, submittedAt: now };
  });
}
