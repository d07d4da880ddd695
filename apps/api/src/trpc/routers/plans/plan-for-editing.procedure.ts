import { planByIdInput } from '@kiemtra/domain';
import { planFor } from '../../../planning/plan-access.js';
import { authedProcedure } from '../../init.js';
import { toPlanningPlanDto } from './plan-planning.dto.js';

export const planForEditing = authedProcedure
  .input(planByIdInput)
  .query(async ({ ctx, input }) =>
    toPlanningPlanDto(await planFor(ctx.db, ctx.actor, 'plan.read', input.planId)),
  );
