import { findPlanForPlanning, loadRegister, publishPlan as publish, withActor } from '@kiemtra/db';
import {
  canPublish,
  checkTargetsExistOn,
  type PlanningIssue,
  type PlanningResult,
  planAsAt,
  planPublishInput,
  resultOf,
} from '@kiemtra/domain';
import { planFor } from '../../../planning/plan-access.js';
import { toDomainPlan } from '../../../planning/plan-model.js';
import { successionUnitsOf } from '../../../unit-register/successor-changes.js';
import { auditActorOf } from '../../audit-actor.js';
import { assertAccepted, conflict } from '../../errors.js';
import { authedProcedure } from '../../init.js';
import { toPlanningPlanDto } from './plan-planning.dto.js';

/** Publishes a complete draft whose targets all exist on its date; from then on every change is an amendment. */
export const publishPlan = authedProcedure.input(planPublishInput).mutation(async ({ ctx, input }) => {
  const plan = await planFor(ctx.db, ctx.actor, 'plan.manage', input.planId);
  if (plan.version !== input.expectedVersion) throw conflict('Kế hoạch kiểm tra');
  const domainPlan = toDomainPlan(plan);
  const asAt = planAsAt(plan);
  const units = successionUnitsOf(await loadRegister(ctx.db, plan.tenantId), asAt);
  // Copied and imported targets are checked here as targets.add checks a unit picked by hand.
  const checks: PlanningResult[] = [
    canPublish(domainPlan),
    checkTargetsExistOn(domainPlan.targets, asAt, units),
  ];
  assertAccepted(resultOf(checks.flatMap((c): PlanningIssue[] => (c.ok ? [] : c.issues))));
  await withActor(ctx.db, auditActorOf(ctx.profile, 'Ban hành kế hoạch'), async (trx) => {
    if ((await publish(trx, plan.id, input.expectedVersion)) === null) throw conflict('Kế hoạch kiểm tra');
  });
  const saved = await findPlanForPlanning(ctx.db, plan.id);
  if (!saved) throw new Error('the plan just published is missing');
  return toPlanningPlanDto(saved);
});
