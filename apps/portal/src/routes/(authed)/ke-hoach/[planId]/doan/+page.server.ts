import { planAsAt, TEAM_SIGNER } from '@kiemtra/domain';
import { fail, redirect } from '@sveltejs/kit';
import { issuesByField } from '$lib/planning/field-issues';
import { actionUser, planningPlanFor } from '$lib/planning/planning-plan.server';
import { agencyCandidates } from '$lib/planning/target-picker';
import {
  blankMember,
  readTeamForm,
  type TeamFormValues,
  teamFieldOf,
  teamInputOf,
} from '$lib/planning/team-form';
import { createApi } from '$lib/server/api';
import { fromApi, tryApi } from '$lib/server/api-error';
import type { Actions, PageServerLoad } from './$types';

/** Rows left blank under the members, for people to add. */
const SPARE_ROWS = 4;

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const plan = await planningPlanFor(event, user, 'team.manage');
  const api = createApi(event);
  const asAt = planAsAt({ decisionDate: plan.decision.date, windowStart: plan.window.start });
  const [teams, people, tree] = await Promise.all([
    Promise.all(plan.teams.map((t) => fromApi(api.teams.get.query({ teamId: t.id })))),
    fromApi(api.teams.people.query({ planId: plan.id })),
    fromApi(api.orgUnits.tree.query({ asAt })),
  ]);
  const editing = teams.find((t) => t.id === event.url.searchParams.get('doan')) ?? null;
  const values: TeamFormValues = editing
    ? {
        teamId: editing.id,
        expectedVersion: String(editing.version),
        name: editing.name,
        kind: editing.kind,
        leadAgencyId: editing.leadAgencyId,
        decisionNumber: editing.decisionNumber ?? '',
        decisionDate: editing.decisionDate ?? '',
        signerName: editing.decisionSignerName ?? '',
        signerOffice: editing.decisionSignerOffice ?? '',
        members: [
          ...editing.members.map((m) => ({
            userId: m.userId ?? '',
            fullName: m.fullName,
            position: m.position ?? '',
            agencyId: m.agencyId,
            role: m.role,
          })),
          ...Array.from({ length: SPARE_ROWS }, blankMember),
        ],
      }
    : {
        teamId: '',
        expectedVersion: '',
        name: '',
        kind: 'comprehensive',
        leadAgencyId: plan.memberAgencies[0]?.orgUnitId ?? '',
        decisionNumber: '',
        decisionDate: '',
        signerName: '',
        signerOffice: TEAM_SIGNER.comprehensive,
        members: [{ ...blankMember(), role: 'leader' }, ...Array.from({ length: SPARE_ROWS }, blankMember)],
      };
  return {
    plan,
    teams,
    people,
    values,
    otherAgencies: agencyCandidates(tree.roots).filter(
      (a) => !plan.memberAgencies.some((m) => m.orgUnitId === a.id),
    ),
    saved: event.url.searchParams.has('da-luu'),
    assigned: event.url.searchParams.get('da-phan-cong'),
  };
};

export const actions: Actions = {
  save: async (event) => {
    const plan = await planningPlanFor(event, actionUser(event.locals), 'team.manage');
    const form = await event.request.formData();
    const values = readTeamForm(form);
    const reason = String(form.get('reason') ?? '').trim() || null;
    const api = createApi(event);
    const people = await fromApi(api.teams.people.query({ planId: plan.id }));
    const saved = await tryApi(api.teams.save.mutate({ ...teamInputOf(plan.id, values, people), reason }));
    if (saved.ok) redirect(303, `/ke-hoach/${plan.id}/doan?da-luu=1`);
    return fail(saved.status, {
      action: 'save' as const,
      values: { ...values, members: [...values.members, blankMember()] },
      errors: issuesByField(saved.issues, teamFieldOf),
      conflict: saved.status === 409,
      message:
        saved.issues.length > 0
          ? 'Chưa lưu được Đoàn kiểm tra: có chỗ chưa đúng, xem ghi chú bên dưới từng ô.'
          : saved.message,
    });
  },

  assign: async (event) => {
    const plan = await planningPlanFor(event, actionUser(event.locals), 'team.manage');
    const form = await event.request.formData();
    const assigned = await tryApi(
      createApi(event).teams.assign.mutate({
        teamId: String(form.get('teamId') ?? ''),
        targetIds: form.getAll('targetIds').map(String),
        reason: String(form.get('reason') ?? '').trim() || null,
      }),
    );
    if (assigned.ok) redirect(303, `/ke-hoach/${plan.id}/doan?da-phan-cong=${assigned.value.assigned}`);
    return fail(assigned.status, { action: 'assign' as const, message: assigned.message });
  },
};
