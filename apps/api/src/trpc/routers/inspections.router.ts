import { findInspection, listVisibleInspections } from '@kiemtra/db';
import { DomainError, inspectionByIdInput, inspectionVisibility } from '@kiemtra/domain';
import { toInspectionDto } from '../dto/inspection.dto.js';
import { authedProcedure, authorize, router } from '../init.js';

export const inspectionsRouter = router({
  /** The inspections the actor may see: all for Sở Nội vụ and leadership, the team's for inspectors, its own for a unit. */
  list: authedProcedure.query(async ({ ctx }) => {
    const rows = await listVisibleInspections(ctx.db, {
      tenantId: ctx.actor.tenantId,
      visibility: inspectionVisibility(ctx.actor),
    });
    return rows.map(toInspectionDto);
  }),

  get: authedProcedure.input(inspectionByIdInput).query(async ({ ctx, input }) => {
    const inspection = await findInspection(ctx.db, input.inspectionId);
    if (!inspection || inspection.tenantId !== ctx.actor.tenantId) {
      throw new DomainError('NOT_FOUND', 'Không tìm thấy cuộc kiểm tra này.');
    }
    authorize(ctx.actor, 'inspection.read', {
      tenantId: inspection.tenantId,
      unitIds: [inspection.orgUnitId],
      teamUserIds: inspection.teamUserIds,
      teamLeaderUserId: inspection.teamLeaderUserId,
    });
    return toInspectionDto(inspection);
  }),
});
