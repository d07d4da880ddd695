import type { AppRouter } from '@kiemtra/api';
import type { TRPCClient } from '@trpc/client';
import { fieldByPrefix } from './field-issues';

type TeamSaveInput = Parameters<TRPCClient<AppRouter>['teams']['save']['mutate']>[0];

export interface TeamMemberValues {
  userId: string;
  fullName: string;
  position: string;
  agencyId: string;
  role: string;
}

/** The team form as typed. */
export interface TeamFormValues {
  teamId: string;
  expectedVersion: string;
  name: string;
  kind: string;
  leadAgencyId: string;
  decisionNumber: string;
  decisionDate: string;
  signerName: string;
  signerOffice: string;
  members: TeamMemberValues[];
}

/** A person the form may link a member to (an account holding a team role). */
export interface TeamPerson {
  userId: string;
  fullName: string;
  position: string | null;
  orgUnitId: string;
}

export const blankMember = (): TeamMemberValues => ({
  userId: '',
  fullName: '',
  position: '',
  agencyId: '',
  role: 'member',
});

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** What was typed; member rows are `members.<i>.<field>`, in order. */
export function readTeamForm(form: FormData): TeamFormValues {
  const rows = new Set<number>();
  for (const key of form.keys()) {
    const match = /^members\.(\d+)\./u.exec(key);
    if (match) rows.add(Number(match[1]));
  }
  const members = [...rows]
    .sort((a, b) => a - b)
    .map((i) => ({
      userId: text(form, `members.${i}.userId`),
      fullName: text(form, `members.${i}.fullName`),
      position: text(form, `members.${i}.position`),
      agencyId: text(form, `members.${i}.agencyId`),
      role: text(form, `members.${i}.role`),
    }));
  return {
    teamId: text(form, 'teamId'),
    expectedVersion: text(form, 'expectedVersion'),
    name: text(form, 'name'),
    kind: text(form, 'kind'),
    leadAgencyId: text(form, 'leadAgencyId'),
    decisionNumber: text(form, 'decisionNumber'),
    decisionDate: text(form, 'decisionDate'),
    signerName: text(form, 'signerName'),
    signerOffice: text(form, 'signerOffice'),
    members,
  };
}

/**
 * The team as the API takes it. A row linked to an account takes the person's name, position and
 * unit where left blank; a row with neither name nor account is an unused row and is dropped.
 */
export function teamInputOf(
  planId: string,
  values: TeamFormValues,
  people: readonly TeamPerson[],
): TeamSaveInput {
  const members = values.members.flatMap((m) => {
    const person = people.find((p) => p.userId === m.userId);
    if (m.fullName === '' && person === undefined) return [];
    return [
      {
        userId: person?.userId ?? null,
        fullName: m.fullName || (person?.fullName ?? ''),
        position: m.position || person?.position || null,
        agencyId: m.agencyId || (person?.orgUnitId ?? ''),
        role: m.role as TeamSaveInput['members'][number]['role'],
      },
    ];
  });
  return {
    planId,
    teamId: values.teamId || null,
    expectedVersion: values.expectedVersion === '' ? null : Number(values.expectedVersion),
    name: values.name,
    kind: values.kind as TeamSaveInput['kind'],
    leadAgencyId: values.leadAgencyId,
    decision: {
      number: values.decisionNumber,
      date: values.decisionDate === '' ? null : values.decisionDate,
      signerName: values.signerName,
      signerOffice: values.signerOffice === '' ? null : (values.signerOffice as 'director_home_affairs'),
    },
    members,
  };
}

/** Which field of the team form shows an issue about a path. */
export const teamFieldOf = fieldByPrefix({
  name: 'name',
  kind: 'kind',
  leadAgencyId: 'leadAgencyId',
  decision: 'decisionNumber',
  'decision.number': 'decisionNumber',
  'decision.date': 'decisionDate',
  'decision.signerName': 'signerName',
  'decision.signerOffice': 'signerOffice',
  members: 'members',
});
