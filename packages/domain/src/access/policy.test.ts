import { describe, expect, it } from 'vitest';
import { ACTIONS, type Action, READ_ACTIONS } from './actions.js';
import { type Actor, can, inspectionVisibility, type Resource } from './policy.js';
import { ROLES, type Role } from './roles.js';

const TENANT = 'binh-dinh';
const ME = 'user-me';
const MY_UNIT = 'unit-mine';

const user = (role: Role): Actor => ({
  kind: 'user',
  id: ME,
  tenantId: TENANT,
  orgUnitId: MY_UNIT,
  roles: [role],
});

/** Three situations for every action: the actor's own inspection (as leader / member / unit), and someone else's. */
const situations = {
  ledByMe: {
    tenantId: TENANT,
    unitIds: ['unit-other'],
    teamUserIds: [ME],
    teamLeaderUserId: ME,
    inspectionStatus: 'notified',
    planStatus: 'published',
  },
  memberOf: {
    tenantId: TENANT,
    unitIds: ['unit-other'],
    teamUserIds: ['leader', ME],
    teamLeaderUserId: 'leader',
    inspectionStatus: 'notified',
    planStatus: 'published',
  },
  myUnit: {
    tenantId: TENANT,
    unitIds: [MY_UNIT, 'commune-1'],
    teamUserIds: ['leader'],
    teamLeaderUserId: 'leader',
    inspectionStatus: 'notified',
    planStatus: 'published',
  },
  foreign: {
    tenantId: TENANT,
    unitIds: ['unit-other'],
    teamUserIds: ['leader'],
    teamLeaderUserId: 'leader',
    inspectionStatus: 'notified',
    planStatus: 'published',
  },
} satisfies Record<string, Resource>;
type Situation = keyof typeof situations;

const Y = true;
const N = false;
// Expected decisions written out by hand: [ledByMe, memberOf, myUnit, foreign].
const EXPECTED: Record<Role, Record<Action, [boolean, boolean, boolean, boolean]>> = {
  // Keeps the register, the accounts and the tokens; reads no inspection (issue 11).
  system_admin: {
    'orgUnit.read': [Y, Y, Y, Y],
    'orgUnit.manage': [Y, Y, Y, Y],
    'plan.read': [Y, Y, Y, Y],
    'reportOutline.read': [Y, Y, Y, Y],
    'plan.manage': [N, N, N, N],
    'team.manage': [N, N, N, N],
    'calendar.read': [Y, Y, Y, Y],
    'calendar.manage': [N, N, N, N],
    'inspection.read': [N, N, N, N],
    'inspection.schedule': [N, N, N, N],
    'inspection.record': [N, N, N, N],
    'inspection.conclude': [N, N, N, N],
    'teamWork.read': [N, N, N, N],
    'report.read': [N, N, N, N],
    'report.write': [N, N, N, N],
    'report.review': [N, N, N, N],
    'report.reopen': [N, N, N, N],
    'reportAttachment.read': [N, N, N, N],
    'reportTemplate.manage': [N, N, N, N],
    'remediation.write': [N, N, N, N],
    'remediation.review': [N, N, N, N],
    'round.manage': [N, N, N, N],
    'summary.manage': [N, N, N, N],
    'unitFigures.push': [N, N, N, N],
    'results.read': [N, N, N, N],
    'audit.read': [Y, Y, Y, Y],
    'account.manage': [Y, Y, Y, Y],
    'apiClient.manage': [Y, Y, Y, Y],
    // Everyone signed in reads and keeps their own notifications, whatever the resource.
    'notification.read': [Y, Y, Y, Y],
    // The background jobs' page is the system administrator's alone (issue 15).
    'jobs.read': [Y, Y, Y, Y],
  },
  plan_admin: {
    'orgUnit.read': [Y, Y, Y, Y],
    'orgUnit.manage': [N, N, N, N],
    'plan.read': [Y, Y, Y, Y],
    'reportOutline.read': [Y, Y, Y, Y],
    'plan.manage': [Y, Y, Y, Y],
    'team.manage': [Y, Y, Y, Y],
    'calendar.read': [Y, Y, Y, Y],
    'calendar.manage': [Y, Y, Y, Y],
    'inspection.read': [Y, Y, Y, Y],
    'inspection.schedule': [Y, Y, Y, Y],
    'inspection.record': [N, N, N, N],
    'inspection.conclude': [N, N, N, N],
    'teamWork.read': [Y, Y, Y, Y],
    'report.read': [Y, Y, Y, Y],
    'report.write': [N, N, N, N],
    'report.review': [N, N, N, N],
    'report.reopen': [N, N, N, N],
    'reportAttachment.read': [N, N, N, N],
    'reportTemplate.manage': [Y, Y, Y, Y],
    'remediation.write': [N, N, N, N],
    'remediation.review': [N, N, N, N],
    'round.manage': [Y, Y, Y, Y],
    'summary.manage': [Y, Y, Y, Y],
    'unitFigures.push': [N, N, N, N],
    'results.read': [Y, Y, Y, Y],
    'audit.read': [Y, Y, Y, Y],
    'account.manage': [N, N, N, N],
    'apiClient.manage': [N, N, N, N],
    // Everyone signed in reads and keeps their own notifications, whatever the resource.
    'notification.read': [Y, Y, Y, Y],
    'jobs.read': [N, N, N, N],
  },
  // Owns no plan in these situations (see the tests below for its own plans).
  unit_plan_admin: {
    'orgUnit.read': [Y, Y, Y, Y],
    'orgUnit.manage': [N, N, N, N],
    'plan.read': [Y, Y, Y, Y],
    'reportOutline.read': [Y, Y, Y, Y],
    'plan.manage': [N, N, N, N],
    'team.manage': [N, N, N, N],
    'calendar.read': [Y, Y, Y, Y],
    'calendar.manage': [N, N, N, N],
    'inspection.read': [N, N, N, N],
    'inspection.schedule': [N, N, N, N],
    'inspection.record': [N, N, N, N],
    'inspection.conclude': [N, N, N, N],
    'teamWork.read': [N, N, N, N],
    'report.read': [N, N, N, N],
    'report.write': [N, N, N, N],
    'report.review': [N, N, N, N],
    'report.reopen': [N, N, N, N],
    'reportAttachment.read': [N, N, N, N],
    'reportTemplate.manage': [N, N, N, N],
    'remediation.write': [N, N, N, N],
    'remediation.review': [N, N, N, N],
    'round.manage': [N, N, N, N],
    'summary.manage': [N, N, N, N],
    'unitFigures.push': [N, N, N, N],
    'results.read': [N, N, N, N],
    'audit.read': [N, N, N, N],
    'account.manage': [N, N, N, N],
    'apiClient.manage': [N, N, N, N],
    // Everyone signed in reads and keeps their own notifications, whatever the resource.
    'notification.read': [Y, Y, Y, Y],
    'jobs.read': [N, N, N, N],
  },
  leadership_viewer: {
    'orgUnit.read': [Y, Y, Y, Y],
    'orgUnit.manage': [N, N, N, N],
    'plan.read': [Y, Y, Y, Y],
    'reportOutline.read': [Y, Y, Y, Y],
    'plan.manage': [N, N, N, N],
    'team.manage': [N, N, N, N],
    'calendar.read': [Y, Y, Y, Y],
    'calendar.manage': [N, N, N, N],
    'inspection.read': [Y, Y, Y, Y],
    'inspection.schedule': [N, N, N, N],
    'inspection.record': [N, N, N, N],
    'inspection.conclude': [N, N, N, N],
    'teamWork.read': [Y, Y, Y, Y],
    'report.read': [Y, Y, Y, Y],
    'report.write': [N, N, N, N],
    'report.review': [N, N, N, N],
    'report.reopen': [N, N, N, N],
    'reportAttachment.read': [N, N, N, N],
    'reportTemplate.manage': [N, N, N, N],
    'remediation.write': [N, N, N, N],
    'remediation.review': [N, N, N, N],
    'round.manage': [N, N, N, N],
    'summary.manage': [N, N, N, N],
    'unitFigures.push': [N, N, N, N],
    'results.read': [Y, Y, Y, Y],
    'audit.read': [Y, Y, Y, Y],
    'account.manage': [N, N, N, N],
    'apiClient.manage': [N, N, N, N],
    // Everyone signed in reads and keeps their own notifications, whatever the resource.
    'notification.read': [Y, Y, Y, Y],
    'jobs.read': [N, N, N, N],
  },
  team_leader: {
    'orgUnit.read': [Y, Y, Y, Y],
    'orgUnit.manage': [N, N, N, N],
    'plan.read': [Y, Y, Y, Y],
    'reportOutline.read': [Y, Y, Y, Y],
    'plan.manage': [N, N, N, N],
    'team.manage': [N, N, N, N],
    'calendar.read': [Y, Y, Y, Y],
    'calendar.manage': [N, N, N, N],
    'inspection.read': [Y, Y, N, N],
    'inspection.schedule': [Y, N, N, N],
    'inspection.record': [Y, Y, N, N],
    'inspection.conclude': [Y, N, N, N],
    'teamWork.read': [Y, Y, N, N],
    'report.read': [Y, Y, N, N],
    'report.write': [N, N, N, N],
    'report.review': [Y, Y, N, N],
    'report.reopen': [Y, N, N, N],
    'reportAttachment.read': [Y, Y, N, N],
    'reportTemplate.manage': [N, N, N, N],
    'remediation.write': [N, N, N, N],
    'remediation.review': [Y, Y, N, N],
    'round.manage': [Y, N, N, N],
    'summary.manage': [N, N, N, N],
    'unitFigures.push': [N, N, N, N],
    'results.read': [Y, Y, Y, Y],
    'audit.read': [N, N, N, N],
    'account.manage': [N, N, N, N],
    'apiClient.manage': [N, N, N, N],
    // Everyone signed in reads and keeps their own notifications, whatever the resource.
    'notification.read': [Y, Y, Y, Y],
    'jobs.read': [N, N, N, N],
  },
  inspector: {
    'orgUnit.read': [Y, Y, Y, Y],
    'orgUnit.manage': [N, N, N, N],
    'plan.read': [Y, Y, Y, Y],
    'reportOutline.read': [Y, Y, Y, Y],
    'plan.manage': [N, N, N, N],
    'team.manage': [N, N, N, N],
    'calendar.read': [Y, Y, Y, Y],
    'calendar.manage': [N, N, N, N],
    'inspection.read': [Y, Y, N, N],
    'inspection.schedule': [N, N, N, N],
    'inspection.record': [Y, Y, N, N],
    'inspection.conclude': [N, N, N, N],
    'teamWork.read': [Y, Y, N, N],
    'report.read': [Y, Y, N, N],
    'report.write': [N, N, N, N],
    'report.review': [Y, Y, N, N],
    'report.reopen': [N, N, N, N],
    'reportAttachment.read': [Y, Y, N, N],
    'reportTemplate.manage': [N, N, N, N],
    'remediation.write': [N, N, N, N],
    'remediation.review': [Y, Y, N, N],
    'round.manage': [N, N, N, N],
    'summary.manage': [N, N, N, N],
    'unitFigures.push': [N, N, N, N],
    'results.read': [N, N, N, N],
    'audit.read': [N, N, N, N],
    'account.manage': [N, N, N, N],
    'apiClient.manage': [N, N, N, N],
    // Everyone signed in reads and keeps their own notifications, whatever the resource.
    'notification.read': [Y, Y, Y, Y],
    'jobs.read': [N, N, N, N],
  },
  unit_reporter: {
    'orgUnit.read': [Y, Y, Y, Y],
    'orgUnit.manage': [N, N, N, N],
    'plan.read': [Y, Y, Y, Y],
    'reportOutline.read': [Y, Y, Y, Y],
    'plan.manage': [N, N, N, N],
    'team.manage': [N, N, N, N],
    'calendar.read': [Y, Y, Y, Y],
    'calendar.manage': [N, N, N, N],
    'inspection.read': [N, N, Y, N],
    'inspection.schedule': [N, N, N, N],
    'inspection.record': [N, N, N, N],
    'inspection.conclude': [N, N, N, N],
    'teamWork.read': [N, N, N, N],
    'report.read': [N, N, Y, N],
    'report.write': [N, N, Y, N],
    'report.review': [N, N, N, N],
    'report.reopen': [N, N, N, N],
    'reportAttachment.read': [N, N, Y, N],
    'reportTemplate.manage': [N, N, N, N],
    'remediation.write': [N, N, Y, N],
    'remediation.review': [N, N, N, N],
    'round.manage': [N, N, N, N],
    'summary.manage': [N, N, N, N],
    'unitFigures.push': [N, N, N, N],
    'results.read': [N, N, N, N],
    'audit.read': [N, N, N, N],
    'account.manage': [N, N, N, N],
    'apiClient.manage': [N, N, N, N],
    // Everyone signed in reads and keeps their own notifications, whatever the resource.
    'notification.read': [Y, Y, Y, Y],
    'jobs.read': [N, N, N, N],
  },
  unit_head: {
    'orgUnit.read': [Y, Y, Y, Y],
    'orgUnit.manage': [N, N, N, N],
    'plan.read': [Y, Y, Y, Y],
    'reportOutline.read': [Y, Y, Y, Y],
    'plan.manage': [N, N, N, N],
    'team.manage': [N, N, N, N],
    'calendar.read': [Y, Y, Y, Y],
    'calendar.manage': [N, N, N, N],
    'inspection.read': [N, N, Y, N],
    'inspection.schedule': [N, N, N, N],
    'inspection.record': [N, N, N, N],
    'inspection.conclude': [N, N, N, N],
    'teamWork.read': [N, N, N, N],
    'report.read': [N, N, Y, N],
    'report.write': [N, N, Y, N],
    'report.review': [N, N, N, N],
    'report.reopen': [N, N, N, N],
    'reportAttachment.read': [N, N, Y, N],
    'reportTemplate.manage': [N, N, N, N],
    'remediation.write': [N, N, Y, N],
    'remediation.review': [N, N, N, N],
    'round.manage': [N, N, N, N],
    'summary.manage': [N, N, N, N],
    'unitFigures.push': [N, N, N, N],
    'results.read': [N, N, N, N],
    'audit.read': [N, N, N, N],
    'account.manage': [N, N, N, N],
    'apiClient.manage': [N, N, N, N],
    // Everyone signed in reads and keeps their own notifications, whatever the resource.
    'notification.read': [Y, Y, Y, Y],
    'jobs.read': [N, N, N, N],
  },
};

const ORDER: Situation[] = ['ledByMe', 'memberOf', 'myUnit', 'foreign'];

describe('can: every role × action × situation', () => {
  for (const role of ROLES) {
    for (const action of ACTIONS) {
      ORDER.forEach((situation, i) => {
        const expected = EXPECTED[role][action][i];
        it(`${role} ${expected ? 'may' : 'may not'} ${action} (${situation})`, () => {
          const decision = can(user(role), action, situations[situation]);
          expect(decision.allowed).toBe(expected);
          if (!decision.allowed) expect(decision.reason).toMatch(/^Bạn không có quyền /);
        });
      });
    }
  }
});

describe('can: boundaries that hold for everyone', () => {
  it('refuses every action in another province, even to a plan administrator', () => {
    for (const action of ACTIONS) {
      expect(can(user('plan_admin'), action, { ...situations.ledByMe, tenantId: 'gia-lai' }).allowed).toBe(
        false,
      );
    }
  });

  it('grants a user with several roles what any of them grants', () => {
    const both: Actor = {
      kind: 'user',
      id: ME,
      tenantId: TENANT,
      orgUnitId: MY_UNIT,
      roles: ['inspector', 'unit_reporter'],
    };
    expect(can(both, 'report.write', situations.myUnit).allowed).toBe(true);
    expect(can(both, 'inspection.record', situations.memberOf).allowed).toBe(true);
    expect(can(both, 'inspection.record', situations.myUnit).allowed).toBe(false);
  });

  it('grants nothing to a user without roles', () => {
    const nobody: Actor = { kind: 'user', id: ME, tenantId: TENANT, orgUnitId: MY_UNIT, roles: [] };
    for (const action of ACTIONS) expect(can(nobody, action, situations.myUnit).allowed).toBe(false);
  });

  it('does not treat missing resource facts as a match', () => {
    expect(can(user('unit_reporter'), 'inspection.read', { tenantId: TENANT }).allowed).toBe(false);
    expect(can(user('inspector'), 'inspection.read', { tenantId: TENANT }).allowed).toBe(false);
  });
});

describe('can: API clients act within their scopes', () => {
  const client = (scopes: Extract<Actor, { kind: 'api_client' }>['scopes']): Actor => ({
    kind: 'api_client',
    id: 'igate',
    tenantId: TENANT,
    scopes,
  });

  it('allows exactly the actions its scopes name', () => {
    const reader = client(['plans:read', 'org-units:read']);
    const allowed = ACTIONS.filter((a) => can(reader, a, situations.foreign).allowed);
    expect(allowed).toEqual(['orgUnit.read', 'plan.read', 'reportOutline.read']);
  });

  it('lets a figures-writing system push figures and read nothing else', () => {
    const pusher = client(['unit-figures:write']);
    expect(ACTIONS.filter((a) => can(pusher, a, situations.foreign).allowed)).toEqual([
      'reportOutline.read',
      'unitFigures.push',
    ]);
  });

  it('reads the outline of an issued plan only (issue 16)', () => {
    const pusher = client(['unit-figures:write']);
    expect(can(pusher, 'reportOutline.read', { tenantId: TENANT, planStatus: 'draft' }).allowed).toBe(false);
    expect(can(client(['results:read']), 'reportOutline.read', situations.foreign).allowed).toBe(false);
  });

  it('never lets a system manage plans, whatever its scopes', () => {
    const all = client([
      'org-units:read',
      'plans:read',
      'inspections:read',
      'calendar:read',
      'results:read',
      'unit-figures:write',
    ]);
    for (const action of [
      'plan.manage',
      'team.manage',
      'calendar.manage',
      'report.write',
      'inspection.record',
      'inspection.conclude',
      'remediation.write',
      'remediation.review',
      'round.manage',
      'summary.manage',
    ] as const) {
      expect(can(all, action, situations.foreign).allowed).toBe(false);
    }
  });
});

describe('inspectionVisibility', () => {
  it.each([
    ['plan_admin', { kind: 'all' }],
    ['leadership_viewer', { kind: 'all' }],
    ['team_leader', { kind: 'own_teams', userId: ME }],
    ['inspector', { kind: 'own_teams', userId: ME }],
    ['unit_reporter', { kind: 'own_unit', orgUnitId: MY_UNIT }],
    ['unit_head', { kind: 'own_unit', orgUnitId: MY_UNIT }],
    ['system_admin', { kind: 'none' }],
  ] as const)('%s sees %o', (role, expected) => {
    expect(inspectionVisibility(user(role))).toEqual(expected);
  });

  it('shows nothing to a client without the inspections scope', () => {
    expect(
      inspectionVisibility({ kind: 'api_client', id: 'x', tenantId: TENANT, scopes: ['plans:read'] }),
    ).toEqual({ kind: 'none' });
  });
});

describe('can: the plan administrator of a department or district (V.3.c)', () => {
  const ownPlan = { tenantId: TENANT, planOwnerUnitId: MY_UNIT };
  const otherPlan = { tenantId: TENANT, planOwnerUnitId: 'unit-snv' };

  it('manages the plans its own unit owns, their teams and their schedule', () => {
    for (const action of ['plan.manage', 'team.manage', 'inspection.schedule', 'audit.read'] as const) {
      expect(can(user('unit_plan_admin'), action, ownPlan).allowed).toBe(true);
    }
  });

  it('may not touch a plan another unit owns, nor one whose owner is not stated', () => {
    expect(can(user('unit_plan_admin'), 'plan.manage', otherPlan).allowed).toBe(false);
    expect(can(user('unit_plan_admin'), 'plan.manage', { tenantId: TENANT }).allowed).toBe(false);
    expect(can(user('unit_plan_admin'), 'calendar.manage', ownPlan).allowed).toBe(false);
  });

  it('lists the inspections of its own plans', () => {
    const actor = user('unit_plan_admin');
    expect(inspectionVisibility(actor)).toEqual({ kind: 'own_plans', ownerUnitId: MY_UNIT, userId: ME });
  });
});

describe('can: the inspected unit sees its inspection from the schedule notice on', () => {
  it('hides a planned or scheduled inspection from the unit, shows a notified one', () => {
    const mine = { tenantId: TENANT, unitIds: [MY_UNIT] };
    expect(
      can(user('unit_reporter'), 'inspection.read', { ...mine, inspectionStatus: 'planned' }).allowed,
    ).toBe(false);
    expect(
      can(user('unit_reporter'), 'inspection.read', { ...mine, inspectionStatus: 'scheduled' }).allowed,
    ).toBe(false);
    expect(can(user('unit_head'), 'inspection.read', { ...mine, inspectionStatus: 'notified' }).allowed).toBe(
      true,
    );
    expect(can(user('unit_reporter'), 'inspection.read', mine).allowed).toBe(false);
  });
});

describe('can: a unit’s report and its evidence (issue 5)', () => {
  it('lets the plan administrator and leadership read a report but not its attachments', () => {
    for (const role of ['plan_admin', 'leadership_viewer'] as const) {
      expect(can(user(role), 'report.read', situations.foreign).allowed).toBe(true);
      expect(can(user(role), 'reportAttachment.read', situations.foreign).allowed).toBe(false);
    }
  });

  it('lets only the team leader reopen, every team member review', () => {
    expect(can(user('team_leader'), 'report.reopen', situations.ledByMe).allowed).toBe(true);
    expect(can(user('team_leader'), 'report.reopen', situations.memberOf).allowed).toBe(false);
    expect(can(user('inspector'), 'report.review', situations.memberOf).allowed).toBe(true);
    expect(can(user('unit_reporter'), 'report.review', situations.myUnit).allowed).toBe(false);
  });
});

describe('can: the inspection and its follow-up (issue 6)', () => {
  const concluded = { ...situations.memberOf, inspectionStatus: 'concluded' as const };
  const unitsOwn = { ...situations.myUnit, inspectionStatus: 'concluded' as const };

  it('lets only the inspection team write the minutes and findings, not Sở Nội vụ nor the unit', () => {
    expect(can(user('inspector'), 'inspection.record', concluded).allowed).toBe(true);
    expect(can(user('inspector'), 'inspection.record', situations.foreign).allowed).toBe(false);
    expect(can(user('plan_admin'), 'inspection.record', concluded).allowed).toBe(false);
    expect(can(user('unit_reporter'), 'inspection.record', unitsOwn).allowed).toBe(false);
  });

  it('lets only the team leader issue the conclusion', () => {
    expect(can(user('team_leader'), 'inspection.conclude', situations.ledByMe).allowed).toBe(true);
    expect(can(user('team_leader'), 'inspection.conclude', situations.memberOf).allowed).toBe(false);
    expect(can(user('inspector'), 'inspection.conclude', situations.memberOf).allowed).toBe(false);
  });

  it('lets the unit write only remediation reports, and the team review them', () => {
    const reporter = user('unit_reporter');
    const writes = ACTIONS.filter(
      (a) => !READ_ACTIONS.has(a) && !a.endsWith('.read') && can(reporter, a, unitsOwn).allowed,
    );
    expect(writes).toEqual(['report.write', 'remediation.write']);
    expect(can(reporter, 'remediation.review', unitsOwn).allowed).toBe(false);
    expect(can(user('inspector'), 'remediation.review', concluded).allowed).toBe(true);
    expect(can(user('inspector'), 'remediation.write', concluded).allowed).toBe(false);
  });

  it('lets Sở Nội vụ edit and issue the summary report, and no one else', () => {
    for (const role of ROLES) {
      expect(can(user(role), 'summary.manage', situations.foreign).allowed).toBe(role === 'plan_admin');
    }
  });

  it('lets an API client read results for the ranking only with the results scope', () => {
    const ranking: Actor = { kind: 'api_client', id: 'par', tenantId: TENANT, scopes: ['results:read'] };
    expect(can(ranking, 'results.read', situations.foreign).allowed).toBe(true);
    expect(
      can({ ...ranking, scopes: ['inspections:read'] }, 'results.read', situations.foreign).allowed,
    ).toBe(false);
  });
});

describe('can: a draft plan is read by those who make it (issue 18)', () => {
  const draftOf = (owner: string) => ({
    tenantId: TENANT,
    planOwnerUnitId: owner,
    planStatus: 'draft' as const,
  });
  const published = { tenantId: TENANT, planOwnerUnitId: 'unit-snv', planStatus: 'published' as const };

  it('lets every role read an issued plan, but only the makers and leadership a draft', () => {
    for (const role of ROLES) {
      expect(can(user(role), 'plan.read', published).allowed).toBe(true);
      const readsDraft = ['plan_admin', 'leadership_viewer'].includes(role);
      expect(can(user(role), 'plan.read', draftOf('unit-snv')).allowed, role).toBe(readsDraft);
    }
  });

  it('lets a department’s or district’s plan administrator read its own draft, not another’s', () => {
    expect(can(user('unit_plan_admin'), 'plan.read', draftOf(MY_UNIT)).allowed).toBe(true);
    expect(can(user('unit_plan_admin'), 'plan.read', draftOf('unit-other')).allowed).toBe(false);
    expect(can(user('unit_reporter'), 'plan.read', draftOf(MY_UNIT)).allowed).toBe(false);
  });

  it('does not let a plans:read token read a draft, nor a plan whose status is not stated', () => {
    const reader: Actor = { kind: 'api_client', id: 'igate', tenantId: TENANT, scopes: ['plans:read'] };
    expect(can(reader, 'plan.read', published).allowed).toBe(true);
    expect(can(reader, 'plan.read', draftOf('unit-snv')).allowed).toBe(false);
    expect(can(reader, 'plan.read', { tenantId: TENANT }).allowed).toBe(false);
    expect(can(user('unit_reporter'), 'plan.read', { tenantId: TENANT }).allowed).toBe(false);
  });
});

describe('can: the team’s working papers before the conclusion notice (issue 18)', () => {
  const at = (status: 'notified' | 'in_progress' | 'concluded' | 'closed') => ({
    ...situations.myUnit,
    inspectionStatus: status,
  });

  it('hides the minutes and findings from the unit until the conclusion is issued', () => {
    for (const role of ['unit_reporter', 'unit_head'] as const) {
      expect(can(user(role), 'teamWork.read', at('in_progress')).allowed).toBe(false);
      expect(can(user(role), 'teamWork.read', at('concluded')).allowed).toBe(true);
      expect(can(user(role), 'teamWork.read', at('closed')).allowed).toBe(true);
    }
  });

  it('lets the team and those who read results see them as they are written', () => {
    const inProgress = { ...situations.memberOf, inspectionStatus: 'in_progress' as const };
    expect(can(user('inspector'), 'teamWork.read', inProgress).allowed).toBe(true);
    expect(
      can(user('inspector'), 'teamWork.read', { ...situations.foreign, inspectionStatus: 'in_progress' })
        .allowed,
    ).toBe(false);
    expect(can(user('plan_admin'), 'teamWork.read', inProgress).allowed).toBe(true);
    const ranking: Actor = {
      kind: 'api_client',
      id: 'par',
      tenantId: TENANT,
      scopes: ['results:read', 'inspections:read'],
    };
    expect(can(ranking, 'teamWork.read', inProgress).allowed).toBe(true);
    expect(can({ ...ranking, scopes: ['results:read'] }, 'teamWork.read', inProgress).allowed).toBe(false);
    const reader: Actor = { kind: 'api_client', id: 'igate', tenantId: TENANT, scopes: ['inspections:read'] };
    expect(can(reader, 'teamWork.read', inProgress).allowed).toBe(false);
    expect(can(reader, 'teamWork.read', { ...inProgress, inspectionStatus: 'concluded' }).allowed).toBe(true);
  });
});
