import { copiedFromPlanIdOf, findPlanForPlanning } from '@kiemtra/db';
import { can, planByIdInput } from '@kiemtra/domain';
import { planFor, planResource } from '../../../planning/plan-access.js';
import { toDomainTarget } from '../../../planning/plan-model.js';
import { mapToSuccessors } from '../../../planning/successor-mapping.js';
import { authedProcedure } from '../../init.js';

/**
 * For a plan copied from an earlier one: what became of each of the earlier plan's targets on the
 * copy's window start (kept, mapped to its successor, to choose among several, or no successor),
 * read again from the register so that successors recorded after the copy show.
 */
export const copyMapping = authedProcedure.input(planByIdInput).query(async ({ ctx, input }) => {
  const plan = await planFor(ctx.db, ctx.actor, 'plan.read', input.planId);
  const sourceId = await copiedFromPlanIdOf(ctx.db, plan.id);
  const source = sourceId ? await findPlanForPlanning(ctx.db, sourceId) : null;
  const asAt = plan.windowStart;
  if (
    !source ||
    source.tenantId !== plan.tenantId ||
    !can(ctx.actor, 'plan.read', planResource(source)).allowed
  ) {
    return { sourceYear: null, asAt, mapping: [] };
  }
  const { mapping } = await mapToSuccessors(ctx.db, plan.tenantId, source.targets.map(toDomainTarget), asAt);
  return { sourceYear: source.year, asAt, mapping };
});
