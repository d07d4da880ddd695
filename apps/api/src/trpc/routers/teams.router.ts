import { findTeam, listTeamCandidates } from '@kiemtra/db';
import {
  DomainError,
  planByIdInput,
  ROLE_LABELS,
  TEAM_KIND_LABELS,
  TEAM_MEMBER_ROLE_LABELS,
  z,
} from '@kiemtra/domain';
import { planFor } from '../../planning/plan-access.js';
import { authedProcedure, router } from '../init.js';
import { assignTeam } from './teams/assign-team.procedure.js';
import { saveTeam } from './teams/save-team.procedure.js';

const teamByIdInput = z.object({ teamId: z.uuid({ error: 'Mã định danh không hợp lệ (phải là UUID).' }) });

export const teamsRouter = router({
  save: saveTeam,
  /** The team leaders and inspectors a plan's manager may put on its teams, linked to their accounts. */
  people: authedProcedure.input(planByIdInput).query(async ({ ctx, input }) => {
    const plan = await planFor(ctx.db, ctx.actor, 'team.manage', input.planId);
    const people = await listTeamCandidates(ctx.db, plan.tenantId);
    return people.map((p) => ({
      ...p,
      roleLabels: p.roles.map((r) => ROLE_LABELS[r]),
    }));
  }),
  assign: assignTeam,
  get: authedProcedure.input(teamByIdInput).query(async ({ ctx, input }) => {
    const team = await findTeam(ctx.db, input.teamId);
    if (!team) throw new DomainError('NOT_FOUND', 'Không tìm thấy Đoàn kiểm tra này.');
    await planFor(ctx.db, ctx.actor, 'plan.read', team.planId);
    return {
      ...team,
      kindLabel: TEAM_KIND_LABELS[team.kind],
      members: team.members.map((m) => ({ ...m, roleLabel: TEAM_MEMBER_ROLE_LABELS[m.role] })),
    };
  }),
});
