import type { InspectionStatus, PlanStatus } from '../plan/vocabulary.js';
import { ACTION_LABELS, type Action, READ_ACTIONS } from './actions.js';
import type { ApiScope, Role } from './roles.js';

export type Actor =
  | { kind: 'user'; id: string; tenantId: string; orgUnitId: string; roles: readonly Role[] }
  | { kind: 'api_client'; id: string; tenantId: string; scopes: readonly ApiScope[] };

/** What the policy needs to know about the thing acted on. Omitted facts never grant access. */
export interface Resource {
  tenantId: string;
  /** For an inspection and what hangs off it: the inspected unit and its sub-targets (communes). */
  unitIds?: readonly string[];
  /** For an inspection: the users on its team, the leader included. */
  teamUserIds?: readonly string[];
  teamLeaderUserId?: string | null;
  /** For a plan and what hangs off it: the unit that owns the plan (Sở Nội vụ, or a department or district, V.3.c). */
  planOwnerUnitId?: string | null;
  /** For a plan and what hangs off it: a draft is read only by those who make it (and leadership). */
  planStatus?: PlanStatus;
  /** For an inspection: its status; an inspected unit sees it only once the schedule notice went out. */
  inspectionStatus?: InspectionStatus;
}

/**
 * The statuses in which the inspected unit sees its inspection: from the schedule notice on
 * (issue 4: "the inspection becomes đã thông báo and from then on the unit sees it"). Before that
 * the dates are the team's working draft.
 */
export const UNIT_VISIBLE_STATUSES: readonly InspectionStatus[] = [
  'notified',
  'in_progress',
  'concluded',
  'closed',
  'cancelled',
];

export type Decision = { allowed: true } | { allowed: false; reason: string };

const ALLOW: Decision = { allowed: true };
const deny = (action: Action): Decision => ({
  allowed: false,
  reason: `Bạn không có quyền ${ACTION_LABELS[action]}.`,
});

/**
 * Readable by anyone signed in to the province: the register of units, the calendar, and a plan
 * once issued (a public decision). A draft plan is its makers' working paper.
 */
const provinceWideRead = (action: Action, r: Resource): boolean =>
  action === 'orgUnit.read' ||
  action === 'calendar.read' ||
  ((action === 'plan.read' || action === 'reportOutline.read') && r.planStatus === 'published');

/**
 * The statuses from which what the team wrote (minutes, findings, the conclusion) is no longer a
 * draft: the conclusion notice was issued (seed III.2.d), and the inspected unit reads it.
 */
export const TEAM_WORK_PUBLISHED_STATUSES: readonly InspectionStatus[] = ['concluded', 'closed'];

/** The scopes any one of which lets a system do an action. */
const SCOPES_FOR_ACTION: Partial<Record<Action, readonly ApiScope[]>> = {
  'orgUnit.read': ['org-units:read'],
  'plan.read': ['plans:read'],
  'calendar.read': ['calendar:read'],
  'inspection.read': ['inspections:read'],
  'results.read': ['results:read'],
  'unitFigures.push': ['unit-figures:write'],
  // Issue 16: a system that pushes figures reads the outline to know the item codes and figure keys.
  'reportOutline.read': ['unit-figures:write', 'plans:read'],
};

type RoleRule = (action: Action, actor: Extract<Actor, { kind: 'user' }>, resource: Resource) => boolean;

const onTeam = (actorId: string, r: Resource) =>
  r.teamLeaderUserId === actorId || (r.teamUserIds ?? []).includes(actorId);
const ownUnit = (orgUnitId: string, r: Resource) =>
  (r.unitIds ?? []).includes(orgUnitId) &&
  r.inspectionStatus !== undefined &&
  UNIT_VISIBLE_STATUSES.includes(r.inspectionStatus);
const ownPlan = (orgUnitId: string, r: Resource) =>
  r.planOwnerUnitId !== undefined && r.planOwnerUnitId !== null && r.planOwnerUnitId === orgUnitId;

/** What a department's or district's plan administrator may do, on the plans its own unit owns (V.3.c). */
const UNIT_PLAN_ADMIN_ACTIONS: ReadonlySet<Action> = new Set<Action>([
  'plan.read',
  'plan.manage',
  'team.manage',
  'inspection.read',
  'inspection.schedule',
  'report.read',
  'results.read',
  'audit.read',
]);

/** What every member of an inspection's team, the leader included, may do on that inspection. */
const TEAM_ACTIONS: ReadonlySet<Action> = new Set<Action>([
  'inspection.read',
  'inspection.record',
  'report.read',
  'report.review',
  'reportAttachment.read',
  'remediation.review',
]);

/** What the inspected unit's reporter and head may do on their own inspection. */
const UNIT_ACTIONS: ReadonlySet<Action> = new Set<Action>([
  'inspection.read',
  'report.read',
  'report.write',
  'reportAttachment.read',
  'remediation.write',
]);

/**
 * The province's system administrator keeps the register, the accounts and the systems' tokens,
 * reads the audit log and watches the background jobs (issue 15); it runs no inspection plan and
 * reads no inspection (issue 11).
 */
const SYSTEM_ADMIN_ACTIONS: ReadonlySet<Action> = new Set<Action>([
  'orgUnit.manage',
  'account.manage',
  'apiClient.manage',
  'audit.read',
  'jobs.read',
]);

const ROLE_RULES: Record<Role, RoleRule> = {
  system_admin: (action, _actor, r) => provinceWideRead(action, r) || SYSTEM_ADMIN_ACTIONS.has(action),
  // The unit writes its report; the team reviews it and alone reads its evidence (issue 5:
  // "readable only by the unit and the inspection's team"). Issue 6: minutes, findings, the
  // conclusion and the review of remediation are the team's own work; Sở Nội vụ reads them and
  // writes the summary report (seed III.2.e). The register, accounts and systems' tokens are the
  // system administrator's.
  plan_admin: (action) =>
    ![
      'orgUnit.manage',
      'account.manage',
      'apiClient.manage',
      'jobs.read',
      'report.write',
      'report.review',
      'report.reopen',
      'reportAttachment.read',
      'remediation.write',
      'unitFigures.push',
      'inspection.record',
      'inspection.conclude',
      'remediation.review',
    ].includes(action),
  // Seed V.3.c: departments and districts plan the inspection of their own units with the same
  // tools; the plan's owner unit is the actor's unit. Which units it may target is the domain's
  // checkLowerLevelScope, not an access question.
  unit_plan_admin: (action, actor, r) =>
    provinceWideRead(action, r) || (UNIT_PLAN_ADMIN_ACTIONS.has(action) && ownPlan(actor.orgUnitId, r)),
  leadership_viewer: (action) => READ_ACTIONS.has(action),
  team_leader: (action, actor, r) => {
    if (provinceWideRead(action, r) || action === 'results.read') return true;
    const leaderOnly: Action[] = [
      'inspection.schedule',
      'inspection.conclude',
      'report.reopen',
      'round.manage',
    ];
    if (leaderOnly.includes(action)) return r.teamLeaderUserId === actor.id;
    if (TEAM_ACTIONS.has(action)) return onTeam(actor.id, r);
    return false;
  },
  inspector: (action, actor, r) => {
    if (provinceWideRead(action, r)) return true;
    if (TEAM_ACTIONS.has(action)) return onTeam(actor.id, r);
    return false;
  },
  unit_reporter: (action, actor, r) => {
    if (provinceWideRead(action, r)) return true;
    return UNIT_ACTIONS.has(action) && ownUnit(actor.orgUnitId, r);
  },
  unit_head: (action, actor, r) => {
    if (provinceWideRead(action, r)) return true;
    return UNIT_ACTIONS.has(action) && ownUnit(actor.orgUnitId, r);
  },
};

/**
 * The one access decision of kiemtra: may this actor do this action on this resource?
 * Nobody acts across provinces; an API client acts only within its scopes.
 * @example can(reporter, 'inspection.read', { tenantId, unitIds: [otherUnit] }) // { allowed: false, … }
 */
export function can(actor: Actor, action: Action, resource: Resource): Decision {
  return allowed(actor, action, resource) ? ALLOW : deny(action);
}

function allowed(actor: Actor, action: Action, resource: Resource): boolean {
  if (actor.tenantId !== resource.tenantId) return false;
  // The team's working papers, for whoever reads the inspection: once the conclusion notice is
  // issued; before, only for the team and those who read results.
  if (action === 'teamWork.read') {
    const published =
      resource.inspectionStatus !== undefined &&
      TEAM_WORK_PUBLISHED_STATUSES.includes(resource.inspectionStatus);
    return (
      allowed(actor, 'inspection.read', resource) &&
      (published || allowed(actor, 'inspection.record', resource) || allowed(actor, 'results.read', resource))
    );
  }
  // Each person's own notifications: anyone with a role reads, marks and sets them (the procedures
  // read and change only the signed-in person's own rows); no system has notifications.
  if (action === 'notification.read') return actor.kind === 'user' && actor.roles.length > 0;
  if (actor.kind === 'api_client') {
    const scopes = SCOPES_FOR_ACTION[action] ?? [];
    if (!scopes.some((scope) => actor.scopes.includes(scope))) return false;
    return (action !== 'plan.read' && action !== 'reportOutline.read') || resource.planStatus === 'published';
  }
  return actor.roles.some((role) => ROLE_RULES[role](action, actor, resource));
}

/** Which inspections a listing may show this actor; the query layer turns it into a filter. */
export type InspectionVisibility =
  | { kind: 'all' }
  /** Only inspections in {@link UNIT_VISIBLE_STATUSES}. */
  | { kind: 'own_unit'; orgUnitId: string }
  /** The inspections of the plans an org unit owns, and the teams the user is on. */
  | { kind: 'own_plans'; ownerUnitId: string; userId: string }
  | { kind: 'own_teams'; userId: string }
  | { kind: 'none' };

export function inspectionVisibility(actor: Actor): InspectionVisibility {
  if (actor.kind === 'api_client')
    return actor.scopes.includes('inspections:read') ? { kind: 'all' } : { kind: 'none' };
  if (actor.roles.includes('plan_admin') || actor.roles.includes('leadership_viewer')) return { kind: 'all' };
  if (actor.roles.includes('unit_plan_admin')) {
    return { kind: 'own_plans', ownerUnitId: actor.orgUnitId, userId: actor.id };
  }
  if (actor.roles.includes('team_leader') || actor.roles.includes('inspector')) {
    return { kind: 'own_teams', userId: actor.id };
  }
  if (actor.roles.includes('unit_reporter') || actor.roles.includes('unit_head')) {
    return { kind: 'own_unit', orgUnitId: actor.orgUnitId };
  }
  return { kind: 'none' };
}
