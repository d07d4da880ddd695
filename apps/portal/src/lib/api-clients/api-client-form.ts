import { API_SCOPES, type ApiScope, can } from '@kiemtra/domain';
import type { SignedInUser } from '$lib/api-types';
import { actorOf } from '$lib/planning/planning-access';

/** Whether the pages offer the person the register of systems; the API decides again. */
export const canManageApiClients = (user: SignedInUser): boolean =>
  can(actorOf(user), 'apiClient.manage', { tenantId: user.tenantId }).allowed;

export const canReadAuditLog = (user: SignedInUser): boolean =>
  can(actorOf(user), 'audit.read', { tenantId: user.tenantId }).allowed;

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** A system's particulars as the register form sends them, for the API's schema to read. */
export function systemFromForm(form: FormData) {
  const chosen = form.getAll('scopes').map(String);
  return {
    name: text(form, 'name'),
    ownerUnitId: text(form, 'ownerUnitId'),
    contact: text(form, 'contact'),
    scopes: API_SCOPES.filter((s) => chosen.includes(s)) as ApiScope[],
  };
}

/** What the person typed, to show again beside the messages. */
export function systemFormValues(form: FormData) {
  return { ...systemFromForm(form), scopes: form.getAll('scopes').map(String) };
}

const FIELDS = new Set(['name', 'ownerUnitId', 'contact', 'scopes', 'expiresOn', 'graceHours']);

/** The form field an API issue is about ('scopes.0' → scopes). */
export const apiClientFieldOf = (path: string): string | null => {
  const first = path.split('.')[0] ?? '';
  return FIELDS.has(first) ? first : null;
};
