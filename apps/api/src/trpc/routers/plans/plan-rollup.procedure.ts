import { listPlanRollup } from '@kiemtra/db';
import {
  can,
  INSPECTION_STATUS_LABELS,
  PLAN_STATUS_LABELS,
  planLevelLabel,
  planRollupInput,
} from '@kiemtra/domain';
import { planResource } from '../../../planning/plan-access.js';
import { procedureFor } from '../../init.js';

/**
 * Every plan of the province, the lower-level ones included, with its counts (V.3.c: departments
 * and districts report their own inspections to Sở Nội vụ). Each row only for those who may read that plan.
 */
export const planRollup = procedureFor('plan.read', { planStatus: 'published' })
  .input(planRollupInput)
  .query(async ({ ctx, input }) => {
    const rows = await listPlanRollup(ctx.db, { tenantId: ctx.actor.tenantId, year: input.year ?? null });
    const readable = rows.filter(
      (r) => can(ctx.actor, 'plan.read', planResource({ ...r, tenantId: ctx.actor.tenantId })).allowed,
    );
    return readable.map((r) => ({
      ...r,
      statusLabel: PLAN_STATUS_LABELS[r.status],
      levelLabel: planLevelLabel({ level: r.level, ownerUnitName: r.ownerOrgUnitName }),
      inspectionCount: Object.values(r.inspectionsByStatus).reduce((n, c) => n + (c ?? 0), 0),
      inspectionsByStatus: Object.entries(r.inspectionsByStatus).map(([status, count]) => ({
        status,
        label: INSPECTION_STATUS_LABELS[status as keyof typeof INSPECTION_STATUS_LABELS],
        count,
      })),
    }));
  });
