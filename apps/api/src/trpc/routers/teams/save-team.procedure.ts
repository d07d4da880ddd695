import {
  findTeam,
  insertTeam,
  orgUnitNames,
  replaceTeamMembers,
  touchPlan,
  updateTeam,
  withActor,
} from '@kiemtra/db';
import { checkTeam, DomainError, parseIsoDate, SIGNER_OFFICE_LABELS, teamSaveInput } from '@kiemtra/domain';
import { planFor } from '../../../planning/plan-access.js';
import { assertChangeAllowed } from '../../../planning/target-rules.js';
import { auditActorOf } from '../../audit-actor.js';
import { assertAccepted, conflict } from '../../errors.js';
import { authedProcedure } from '../../init.js';

/**
 * Forms a team (or changes it): its forming decision signed by the right office, one leader,
 * members from the plan's member agencies, invited press (checkTeam).
 */
export const saveTeam = authedProcedure.input(teamSaveInput).mutation(async ({ ctx, input }) => {
  const plan = await planFor(ctx.db, ctx.actor, 'team.manage', input.planId);
  assertChangeAllowed(plan, input.reason);
  const existing = input.teamId === null ? null : await findTeam(ctx.db, input.teamId);
  if (input.teamId !== null && (existing === null || existing.planId !== plan.id)) {
    throw new DomainError('NOT_FOUND', 'Không tìm thấy Đoàn kiểm tra này trong kế hoạch.');
  }
  if (existing !== null && input.expectedVersion === null) {
    throw new DomainError(
      'INVALID_INPUT',
      'Thiếu số phiên bản của Đoàn kiểm tra đang sửa; hãy tải lại trang rồi sửa lại.',
    );
  }
  if (existing !== null && existing.version !== input.expectedVersion) throw conflict('Đoàn kiểm tra');
  const names = await orgUnitNames(
    ctx.db,
    input.members.map((m) => m.agencyId),
  );
  assertAccepted(
    checkTeam({
      team: {
        name: input.name,
        kind: input.kind,
        decision:
          input.decision === null
            ? null
            : {
                number: input.decision.number,
                date: input.decision.date === null ? null : parseIsoDate(input.decision.date),
                signerOffice: input.decision.signerOffice,
              },
        members: input.members.map((m, i) => ({
          personId: m.userId ?? `${i}:${m.fullName}`,
          personName: m.fullName,
          role: m.role,
          agencyId: m.agencyId,
          agencyName: names.get(m.agencyId) ?? 'cơ quan không rõ',
        })),
      },
      memberAgencies: plan.memberAgencies.map((a) => ({
        id: a.orgUnitId,
        name: a.name,
        isPoliceUnit: a.isPoliceUnit,
      })),
    }),
  );
  const fields = {
    name: input.name,
    kind: input.kind,
    leadAgencyId: input.leadAgencyId,
    decisionNumber: input.decision?.number || null,
    decisionDate: input.decision?.date ?? null,
    decisionSignerName: input.decision?.signerName || null,
    decisionSignerOffice: input.decision?.signerOffice ?? null,
    decisionSignerTitle: input.decision?.signerOffice
      ? SIGNER_OFFICE_LABELS[input.decision.signerOffice].toUpperCase()
      : null,
  };
  const teamId = await withActor(
    ctx.db,
    auditActorOf(ctx.profile, input.reason ?? undefined),
    async (trx) => {
      let id: string;
      if (existing === null) id = await insertTeam(trx, plan.id, fields);
      else {
        if ((await updateTeam(trx, existing.id, input.expectedVersion ?? 0, fields)) === null) {
          throw conflict('Đoàn kiểm tra');
        }
        id = existing.id;
      }
      await replaceTeamMembers(trx, id, input.members);
      await touchPlan(trx, plan.id);
      return id;
    },
  );
  const saved = await findTeam(ctx.db, teamId);
  if (!saved) throw new Error('the team just saved is missing');
  return saved;
});
