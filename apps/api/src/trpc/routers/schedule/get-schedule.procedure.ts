import { inspectionByIdInput } from '@kiemtra/domain';
import { toInspectionDto } from '../../dto/inspection.dto.js';
import { authedProcedure } from '../../init.js';
import { inspectionFor } from './schedule-context.js';

/** A visit's schedule as the scheduling page edits it: its dates, form, place, late-notice reason, version. */
export const getSchedule = authedProcedure.input(inspectionByIdInput).query(async ({ ctx, input }) => {
  const { inspection, plan } = await inspectionFor(ctx.db, ctx.actor, 'inspection.read', input.inspectionId);
  const target = plan.targets.find((t) => t.id === inspection.targetId);
  return {
    ...toInspectionDto(inspection),
    visitDates: inspection.visitDates,
    lateNoticeReason: inspection.lateNoticeReason,
    currentNoticeDate: inspection.currentNoticeDate,
    targetKind: inspection.targetKind,
    /** Ad-hoc visits may fall outside the plan's window. */
    isAdHoc: target?.kind === 'ad_hoc',
    planWindow: { start: plan.windowStart, end: plan.windowEnd },
    planOwnerOrgUnitId: plan.ownerOrgUnitId,
  };
});
