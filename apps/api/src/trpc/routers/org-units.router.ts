import { loadOrgUnitHistory } from '@kiemtra/db';
import { orgUnitTreeInput, treeAsAt } from '@kiemtra/domain';
import { procedureFor, router } from '../init.js';

export const orgUnitsRouter = router({
  /** The province's units as they stood on `asAt`, as a tree. */
  tree: procedureFor('orgUnit.read')
    .input(orgUnitTreeInput)
    .query(async ({ ctx, input }) => {
      const history = await loadOrgUnitHistory(ctx.db, ctx.actor.tenantId);
      return { asAt: input.asAt, roots: treeAsAt(history.units, history.links, input.asAt) };
    }),
});
