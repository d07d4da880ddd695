import { type AccountCreateInput, can, ROLES, type Role, roleNeedsUnit } from '@kiemtra/domain';
import type { SignedInUser } from '$lib/api-types';
import { fieldByPrefix } from '$lib/planning/field-issues';
import { actorOf } from '$lib/planning/planning-access';

/** Whether the pages offer the person the accounts' tools; the API decides again on every call. */
export const canManageAccounts = (user: SignedInUser): boolean =>
  can(actorOf(user), 'account.manage', { tenantId: user.tenantId }).allowed;

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/**
 * The fields of the create and edit forms as the API's schema reads them. The unit acted for is
 * sent only with a unit role: a form left with one after the role was unticked is not an error.
 */
export function accountFieldsFromForm(form: FormData): Omit<AccountCreateInput, 'username'> {
  const roles = form.getAll('roles').map(String) as Role[];
  const known = roles.filter((r) => (ROLES as readonly string[]).includes(r));
  return {
    fullName: text(form, 'fullName'),
    email: text(form, 'email'),
    position: text(form, 'position'),
    orgUnitId: text(form, 'orgUnitId'),
    roles,
    actingUnitId: known.some(roleNeedsUnit) ? text(form, 'actingUnitId') || null : null,
  };
}

/** The values a form comes back with when something must be fixed (the roles as a list). */
export function accountFormValues(form: FormData): { text: Record<string, string>; roles: string[] } {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries())
    if (typeof value === 'string' && key !== 'roles') values[key] = value;
  return { text: values, roles: form.getAll('roles').map(String) };
}

/** Which field of an account form shows an issue of the API (a zod path or a rule's field). */
export const accountFieldOf = fieldByPrefix({
  username: 'username',
  fullName: 'fullName',
  email: 'email',
  position: 'position',
  orgUnitId: 'orgUnitId',
  roles: 'roles',
  actingUnitId: 'actingUnitId',
  accountId: 'form',
  expectedVersion: 'form',
});

/** The accounts page's filters, as its address carries them (Vietnamese parameter names). */
export const LIST_PARAMS = {
  q: 'tim',
  unitId: 'don-vi',
  role: 'vai-tro',
  status: 'trang-thai',
  page: 'trang',
} as const;

export function listFiltersFromUrl(url: URL) {
  const get = (k: keyof typeof LIST_PARAMS) => url.searchParams.get(LIST_PARAMS[k]) ?? '';
  const status = get('status');
  return {
    q: get('q'),
    unitId: get('unitId'),
    role: get('role'),
    status: status === 'active' || status === 'inactive' ? status : 'all',
    page: Math.max(1, Math.min(10_000, Number.parseInt(get('page'), 10) || 1)),
  } as const;
}

/** The address of the list with these filters (blank ones left out), e.g. for the pager. */
export function listHref(filters: ReturnType<typeof listFiltersFromUrl>, page = filters.page): string {
  const params = new URLSearchParams();
  if (filters.q) params.set(LIST_PARAMS.q, filters.q);
  if (filters.unitId) params.set(LIST_PARAMS.unitId, filters.unitId);
  if (filters.role) params.set(LIST_PARAMS.role, filters.role);
  if (filters.status !== 'all') params.set(LIST_PARAMS.status, filters.status);
  if (page > 1) params.set(LIST_PARAMS.page, String(page));
  const query = params.toString();
  return query ? `/tai-khoan?${query}` : '/tai-khoan';
}
