import {
  findPlanForPlanning,
  insertPlan,
  newestPublishedTemplateId,
  replaceMemberAgencies,
  replacePlanContents,
  withActor,
} from '@kiemtra/db';
import { planCreateInput } from '@kiemtra/domain';
import { toPlanFields } from '../../../planning/plan-model.js';
import { assertOwnTemplate } from '../../../planning/plan-template.js';
import { auditActorOf } from '../../audit-actor.js';
import { idempotentCreate } from '../../idempotent-create.js';
import { authedProcedure, authorize } from '../../init.js';
import { assertMemberAgencies } from '../../references.js';
import { toPlanningPlanDto } from './plan-planning.dto.js';

/**
 * A new draft plan from its decision, owned by the actor's unit: Sở Nội vụ's plan administrator
 * makes a province plan, a department's or district's one a lower-level plan (V.3.c).
 */
export const createPlan = authedProcedure
  .input(planCreateInput)
  .use(idempotentCreate)
  .mutation(async ({ ctx, input }) => {
    const { actor } = ctx;
    if (actor.kind !== 'user') authorize(actor, 'plan.manage', { tenantId: actor.tenantId });
    const ownerUnitId = actor.kind === 'user' ? actor.orgUnitId : '';
    authorize(actor, 'plan.manage', { tenantId: actor.tenantId, planOwnerUnitId: ownerUnitId });
    const level = actor.kind === 'user' && actor.roles.includes('plan_admin') ? 'province' : 'lower';
    const owner = await ctx.db
      .selectFrom('org_units')
      .select('name')
      .where('id', '=', ownerUnitId)
      .executeTakeFirstOrThrow();
    await assertOwnTemplate(ctx.db, actor.tenantId, input.templateRef);
    await assertMemberAgencies(ctx.db, actor.tenantId, input.memberAgencies);
    // Without a choice, a new plan answers the province's newest outline: a plan made from a decision
    // is never left without one.
    const reportTemplateId =
      input.templateRef === undefined
        ? await newestPublishedTemplateId(ctx.db, actor.tenantId)
        : input.templateRef;
    const planId = await withActor(ctx.db, auditActorOf(ctx.profile), async (trx) => {
      const id = await insertPlan(trx, {
        ...toPlanFields(input),
        tenantId: actor.tenantId,
        ownerOrgUnitId: ownerUnitId,
        level,
        issuingAuthority:
          input.issuingAuthority ??
          (level === 'province' ? 'Chủ tịch Ủy ban nhân dân tỉnh' : `Thủ trưởng ${owner.name}`),
        legalBases: input.legalBases ?? [],
        reportTemplateId,
        copiedFromPlanId: null,
      });
      await replacePlanContents(trx, id, { areas: input.contentAreas, topics: input.thematicTopics });
      await replaceMemberAgencies(trx, id, input.memberAgencies);
      return id;
    });
    const plan = await findPlanForPlanning(ctx.db, planId);
    if (!plan) throw new Error('the plan just created is missing');
    return toPlanningPlanDto(plan);
  });
