import {
  findPlanForPlanning,
  insertPlan,
  insertTargetWithVisits,
  replaceMemberAgencies,
  replacePlanContents,
  withActor,
} from '@kiemtra/db';
import { copyPlanAsDraft, planCopyInput, toIsoDate } from '@kiemtra/domain';
import { planFor } from '../../../planning/plan-access.js';
import { toDomainPlan } from '../../../planning/plan-model.js';
import { mapToSuccessors } from '../../../planning/successor-mapping.js';
import { auditActorOf } from '../../audit-actor.js';
import { idempotentCreate } from '../../idempotent-create.js';
import { authedProcedure, authorize } from '../../init.js';
import { toPlanningPlanDto } from './plan-planning.dto.js';

/**
 * Next year's draft from a previous plan (copyPlanAsDraft): decision cleared, window moved, targets
 * on request, each mapped to its successor as at the new window's start (mapTargetsToSuccessors):
 * a split or a unit with no successor is left out and returned in `mapping` for review.
 */
export const copyFromPreviousYear = authedProcedure
  .input(planCopyInput)
  .use(idempotentCreate)
  .mutation(async ({ ctx, input }) => {
    const source = await planFor(ctx.db, ctx.actor, 'plan.read', input.planId);
    authorize(ctx.actor, 'plan.manage', {
      tenantId: source.tenantId,
      planOwnerUnitId: source.ownerOrgUnitId,
    });
    const draft = copyPlanAsDraft(toDomainPlan(source), input.year, { withTargets: input.withTargets });
    const window = draft.window;
    if (window === null) throw new Error('a stored plan always has a window');
    const asAt = toIsoDate(window.start);
    const { targets, mapping } = await mapToSuccessors(ctx.db, source.tenantId, draft.targets, asAt);
    const planId = await withActor(
      ctx.db,
      auditActorOf(ctx.profile, `Sao chép từ kế hoạch năm ${source.year}`),
      async (trx) => {
        const id = await insertPlan(trx, {
          tenantId: source.tenantId,
          ownerOrgUnitId: source.ownerOrgUnitId,
          level: source.level,
          issuingAuthority: source.issuingAuthority,
          legalBases: source.legalBases,
          reportTemplateId: source.reportTemplateId,
          copiedFromPlanId: source.id,
          year: draft.year,
          title: draft.title,
          decisionNumber: null,
          decisionDate: null,
          decisionSignerName: null,
          decisionSignerTitle: null,
          windowStart: toIsoDate(window.start),
          windowEnd: toIsoDate(window.end),
          purposes: draft.purposes,
          requirements: draft.requirements,
          forms: draft.forms,
          expectedTargetCount: draft.expectedTargetCount,
          subUnitMin: draft.subUnitBounds.min,
          subUnitMax: draft.subUnitBounds.max,
          deadlineRules: draft.deadlineRules,
          deadlineReading: draft.reading,
        });
        await replacePlanContents(trx, id, { areas: draft.contentAreas, topics: draft.thematicTopics });
        await replaceMemberAgencies(
          trx,
          id,
          source.memberAgencies.map((a) => ({ orgUnitId: a.orgUnitId, isPoliceUnit: a.isPoliceUnit })),
        );
        for (const t of targets) {
          await insertTargetWithVisits(trx, {
            tenantId: source.tenantId,
            planId: id,
            orgUnitId: t.unitId,
            kind: t.kind,
            group: t.group,
            teamId: null,
            note: null,
            subUnitIds: t.subUnits.map((s) => s.id),
          });
        }
        return id;
      },
    );
    const plan = await findPlanForPlanning(ctx.db, planId);
    if (!plan) throw new Error('the plan just copied is missing');
    return { ...toPlanningPlanDto(plan), mapping };
  });
