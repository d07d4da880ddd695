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
}

export type Decision = { allowed: true } | { allowed: false; reason: string };

const ALLOW: Decision = { allowed: true };
const deny = (action: Action): Decision => ({
  allowed: false,
  reason: `Bạn không có quyền ${ACTION_LABELS[action]}.`,
});

/** Readable by anyone signed in to the province: the plan is a public decision. */
const PROVINCE_WIDE_READS: ReadonlySet<Action> = new Set<Action>([
  'orgUnit.read',
  'plan.read',
  'calendar.read',
]);

const SCOPE_FOR_ACTION: Partial<Record<Action, ApiScope>> = {
  'orgUnit.read': 'org-units:read',
  'plan.read': 'plans:read',
  'calendar.read': 'calendar:read',
  'inspection.read': 'inspections:read',
  'results.read': 'results:read',
  'unitFigures.push': 'unit-figures:write',
};

type RoleRule = (action: Action, actor: Extract<Actor, { kind: 'user' }>, resource: Resource) => boolean;

const onTeam = (actorId: string, r: Resource) =>
  r.teamLeaderUserId === actorId || (r.teamUserIds ?? []).includes(actorId);
const ownUnit = (orgUnitId: string, r: Resource) => (r.unitIds ?? []).includes(orgUnitId);

const ROLE_RULES: Record<Role, RoleRule> = {
  plan_admin: (action) => !['report.write', 'remediation.write', 'unitFigures.push'].includes(action),
  leadership_viewer: (action) => READ_ACTIONS.has(action),
  team_leader: (action, actor, r) => {
    if (PROVINCE_WIDE_READS.has(action) || action === 'results.read') return true;
    if (action === 'inspection.schedule' || action === 'inspection.conclude')
      return r.teamLeaderUserId === actor.id;
    if (action === 'inspection.read' || action === 'report.read' || action === 'inspection.record') {
      return onTeam(actor.id, r);
    }
    return false;
  },
  inspector: (action, actor, r) => {
    if (PROVINCE_WIDE_READS.has(action)) return true;
    if (action === 'inspection.read' || action === 'report.read' || action === 'inspection.record') {
      return onTeam(actor.id, r);
    }
    return false;
  },
  unit_reporter: (action, actor, r) => {
    if (PROVINCE_WIDE_READS.has(action)) return true;
    const unitActions: Action[] = ['inspection.read', 'report.read', 'report.write', 'remediation.write'];
    return unitActions.includes(action) && ownUnit(actor.orgUnitId, r);
  },
  unit_head: (action, actor, r) => {
    if (PROVINCE_WIDE_READS.has(action)) return true;
    const unitActions: Action[] = ['inspection.read', 'report.read', 'report.write', 'remediation.write'];
    return unitActions.includes(action) && ownUnit(actor.orgUnitId, r);
  },
};

/**
 * The one access decision of kiemtra: may this actor do this action on this resource?
 * Nobody acts across provinces; an API client acts only within its scopes.
 * @example can(reporter, 'inspection.read', { tenantId, unitIds: [otherUnit] }) // { allowed: false, … }
 */
export function can(actor: Actor, action: Action, resource: Resource): Decision {
  if (actor.tenantId !== resource.tenantId) return deny(action);
  if (actor.kind === 'api_client') {
    const scope = SCOPE_FOR_ACTION[action];
    return scope !== undefined && actor.scopes.includes(scope) ? ALLOW : deny(action);
  }
  return actor.roles.some((role) => ROLE_RULES[role](action, actor, resource)) ? ALLOW : deny(action);
}

/** Which inspections a listing may show this actor; the query layer turns it into a filter. */
export type InspectionVisibility =
  | { kind: 'all' }
  | { kind: 'own_unit'; orgUnitId: string }
  | { kind: 'own_teams'; userId: string }
  | { kind: 'none' };

export function inspectionVisibility(actor: Actor): InspectionVisibility {
  if (actor.kind === 'api_client')
    return actor.scopes.includes('inspections:read') ? { kind: 'all' } : { kind: 'none' };
  if (actor.roles.includes('plan_admin') || actor.roles.includes('leadership_viewer')) return { kind: 'all' };
  if (actor.roles.includes('team_leader') || actor.roles.includes('inspector')) {
    return { kind: 'own_teams', userId: actor.id };
  }
  if (actor.roles.includes('unit_reporter') || actor.roles.includes('unit_head')) {
    return { kind: 'own_unit', orgUnitId: actor.orgUnitId };
  }
  return { kind: 'none' };
}
