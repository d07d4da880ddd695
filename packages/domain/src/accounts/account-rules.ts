import { ROLE_LABELS, type Role } from '../access/roles.js';
import { type PlanningIssue, planningIssue } from '../planning/planning-issue.js';

export type AccountIssueCode =
  | 'roles_missing'
  | 'acting_unit_missing'
  | 'acting_unit_not_needed'
  | 'roles_conflict'
  | 'last_system_admin'
  | 'own_account';
export type AccountIssue = PlanningIssue<AccountIssueCode>;

/**
 * The roles a person holds for an inspected unit or for a department's or district's own plans:
 * the policy reads "own unit" and "own plan" from the unit the account acts for (policy.ts).
 */
export const UNIT_ROLES: readonly Role[] = ['unit_reporter', 'unit_head', 'unit_plan_admin'];

/** @example roleNeedsUnit('unit_reporter') // true */
export const roleNeedsUnit = (role: Role): boolean => UNIT_ROLES.includes(role);

/**
 * A username: 3 to 40 lower-case Latin letters, digits, and single dots, hyphens or underscores
 * between them (no diacritics: people type it on any keyboard, and it appears in links and logs).
 */
export const USERNAME_PATTERN = /^[a-z0-9](?:[a-z0-9]|[._-](?=[a-z0-9])){2,39}$/;
export const USERNAME_RULE_MESSAGE =
  'Tên đăng nhập dài 3–40 ký tự, chỉ gồm chữ thường không dấu (a–z), chữ số và dấu chấm, gạch ngang, gạch dưới đặt giữa các chữ, ví dụ nguyen.van.a.';

/** @example isValidUsername('sct.lanhdao') // true; isValidUsername('Lê.Văn') // false */
export const isValidUsername = (username: string): boolean => USERNAME_PATTERN.test(username);

/**
 * The roles of an account and the unit it acts for agree: at least one role; a unit role needs the
 * unit it acts for, and no other role takes one; the province's plan administrator does not also
 * act for an inspected unit (its plans would be owned by that unit, and it would inspect itself).
 * @example checkAccountRoles({ roles: ['unit_reporter'], actingUnitId: null }) // [acting_unit_missing]
 */
export function checkAccountRoles(account: {
  roles: readonly Role[];
  actingUnitId: string | null;
}): AccountIssue[] {
  const issues: AccountIssue[] = [];
  if (account.roles.length === 0) {
    issues.push(planningIssue('roles_missing', 'Hãy chọn ít nhất một vai trò.', { field: 'roles' }));
  }
  const unitRoles = account.roles.filter(roleNeedsUnit);
  if (unitRoles.length > 0 && account.actingUnitId === null) {
    issues.push(
      planningIssue(
        'acting_unit_missing',
        `Vai trò ${unitRoles.map((r) => ROLE_LABELS[r]).join(', ')} cần chọn đơn vị mà người này đại diện.`,
        { field: 'actingUnitId' },
      ),
    );
  }
  if (unitRoles.length === 0 && account.actingUnitId !== null) {
    issues.push(
      planningIssue(
        'acting_unit_not_needed',
        'Chỉ chọn đơn vị đại diện khi người này có vai trò của đơn vị (đầu mối CCHC, thủ trưởng đơn vị, quản trị kế hoạch của sở, ngành, địa phương).',
        { field: 'actingUnitId' },
      ),
    );
  }
  if (unitRoles.length > 0 && account.roles.includes('plan_admin')) {
    issues.push(
      planningIssue(
        'roles_conflict',
        `${ROLE_LABELS.plan_admin} không đồng thời giữ vai trò của một đơn vị được kiểm tra; hãy bỏ một trong hai.`,
        { field: 'roles' },
      ),
    );
  }
  return issues;
}

/** An account as the last-administrator rule sees it, before and after a change. */
export interface AdminStanding {
  id: string;
  active: boolean;
  roles: readonly Role[];
}

const isActiveAdmin = (a: AdminStanding) => a.active && a.roles.includes('system_admin');

/**
 * A province always keeps an active system administrator: nobody deactivates the last one or takes
 * its role away (issue 11), else the province could no longer manage its own accounts.
 * `activeAdminIds` are the province's active system administrators before the change.
 * @example checkSystemAdminRemains(['a'], { id: 'a', active: false, roles: ['system_admin'] }) // issue
 */
export function checkSystemAdminRemains(
  activeAdminIds: readonly string[],
  after: AdminStanding,
): AccountIssue | null {
  const remaining = activeAdminIds.filter((id) => id !== after.id).length + (isActiveAdmin(after) ? 1 : 0);
  if (remaining > 0) return null;
  return planningIssue(
    'last_system_admin',
    'Đây là quản trị hệ thống cuối cùng còn hoạt động của tỉnh: không thể khóa tài khoản hoặc bỏ vai trò quản trị hệ thống. Hãy giao vai trò này cho một tài khoản khác trước.',
    { field: after.active ? 'roles' : 'accountId' },
  );
}

/** A system administrator does not lock itself out: another administrator deactivates its account. */
export function checkNotOwnAccount(actorId: string, accountId: string): AccountIssue | null {
  return actorId === accountId
    ? planningIssue(
        'own_account',
        'Bạn không thể tự khóa tài khoản của mình; hãy nhờ một quản trị hệ thống khác.',
        { field: 'accountId' },
      )
    : null;
}

/**
 * Whether an account's unit has ceased by `today`: the register keeps a unit through its last day
 * (validTo), so a unit closed from 01/07/2025 has validTo 30/06/2025 and has ceased on 01/07/2025.
 * @example unitHasCeased({ validTo: '2025-06-30' }, '2025-07-01') // true
 */
export const unitHasCeased = (unit: { validTo: string | null }, today: string): boolean =>
  unit.validTo !== null && unit.validTo < today;
