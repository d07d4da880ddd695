import { assignTeamToTargets, findTeam, touchPlan, withActor } from '@kiemtra/db';
import { DomainError, teamAssignInput } from '@kiemtra/domain';
import { planFor } from '../../../planning/plan-access.js';
import { assertChangeAllowed } from '../../../planning/target-rules.js';
import { auditActorOf } from '../../audit-actor.js';
import { authedProcedure } from '../../init.js';

/** Gives targets of the plan, and their visits, to one of its teams. */
export const assignTeam = authedProcedure.input(teamAssignInput).mutation(async ({ ctx, input }) => {
  const team = await findTeam(ctx.db, input.teamId);
  if (!team) throw new DomainError('NOT_FOUND', 'Không tìm thấy Đoàn kiểm tra này.');
  const plan = await planFor(ctx.db, ctx.actor, 'team.manage', team.planId);
  assertChangeAllowed(plan, input.reason);
  const planTargets = new Set(plan.targets.map((t) => t.id));
  const foreign = input.targetIds.filter((id) => !planTargets.has(id));
  if (foreign.length > 0) {
    throw new DomainError(
      'INVALID_INPUT',
      `${foreign.length} đối tượng đã chọn không thuộc kế hoạch của Đoàn kiểm tra này.`,
    );
  }
  const assigned = await withActor(
    ctx.db,
    auditActorOf(ctx.profile, input.reason ?? undefined),
    async (trx) => {
      const n = await assignTeamToTargets(trx, {
        planId: plan.id,
        teamId: team.id,
        targetIds: input.targetIds,
      });
      await touchPlan(trx, plan.id);
      return n;
    },
  );
  return { assigned };
});
