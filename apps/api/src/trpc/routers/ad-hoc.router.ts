import { findPlanForPlanning, insertTargetWithVisits, touchPlan, withActor } from '@kiemtra/db';
import {
  type AdHocOrder,
  adHocAddInput,
  checkAdHocOrder,
  parseIsoDate,
  planAsAt,
  type SignerOffice,
} from '@kiemtra/domain';
import { planFor } from '../../planning/plan-access.js';
import { assertTargetAllowed } from '../../planning/target-rules.js';
import { unitsAsAt } from '../../planning/units-as-at.js';
import { auditActorOf } from '../audit-actor.js';
import { assertAccepted } from '../errors.js';
import { idempotentCreate } from '../idempotent-create.js';
import { authedProcedure, router } from '../init.js';
import { toPlanningPlanDto } from './plans/plan-planning.dto.js';

export const adHocRouter = router({
  /**
   * An ad-hoc target and its visits, on a published plan, with the decision that ordered it and who
   * ordered it (checkAdHocOrder); its dates may fall outside the window.
   */
  add: authedProcedure
    .input(adHocAddInput)
    .use(idempotentCreate)
    .mutation(async ({ ctx, input }) => {
      const plan = await planFor(ctx.db, ctx.actor, 'plan.manage', input.planId);
      const order: AdHocOrder = {
        decisionNumber: input.order.decisionNumber,
        decisionDate: input.order.decisionDate === null ? null : parseIsoDate(input.order.decisionDate),
        orderedBy: input.order.orderedBy,
      };
      assertAccepted(checkAdHocOrder({ plan, order }));
      const units = await unitsAsAt(ctx.db, plan.tenantId, planAsAt(plan));
      assertTargetAllowed(plan, units, input);
      const reason = input.reason ?? `Kiểm tra đột xuất theo văn bản số ${input.order.decisionNumber}`;
      await withActor(ctx.db, auditActorOf(ctx.profile, reason), async (trx) => {
        await insertTargetWithVisits(trx, {
          tenantId: plan.tenantId,
          planId: plan.id,
          orgUnitId: input.orgUnitId,
          kind: 'ad_hoc',
          group: 'ad_hoc',
          teamId: input.teamId,
          note: null,
          subUnitIds: input.subUnitIds,
          adHocOrder: {
            decisionNumber: input.order.decisionNumber,
            decisionDate: input.order.decisionDate ?? '',
            // checkAdHocOrder accepted it: it is one of the offices that may order.
            orderedBy: input.order.orderedBy as SignerOffice,
          },
        });
        await touchPlan(trx, plan.id);
      });
      const saved = await findPlanForPlanning(ctx.db, plan.id);
      if (!saved) throw new Error('the plan is missing');
      return toPlanningPlanDto(saved);
    }),
});
