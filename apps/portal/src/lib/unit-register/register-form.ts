import { can, type LegalBasisInput } from '@kiemtra/domain';
import type { SignedInUser } from '$lib/api-types';
import { fieldByPrefix } from '$lib/planning/field-issues';
import { actorOf } from '$lib/planning/planning-access';

/** Whether the pages offer the person the register's tools; the API decides again on save. */
export const canManageRegister = (user: SignedInUser): boolean =>
  can(actorOf(user), 'orgUnit.manage', { tenantId: user.tenantId }).allowed;

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** The legal basis fields of a register form, as the API's schema reads them. */
export function basisFromForm(form: FormData): LegalBasisInput {
  return {
    kind: text(form, 'basisKind') as LegalBasisInput['kind'],
    number: text(form, 'basisNumber'),
    date: text(form, 'basisDate'),
    issuer: text(form, 'basisIssuer'),
  };
}

/** The values a register form comes back with when something must be fixed. */
export function formValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string') out[key] = value;
  return out;
}

/** Which field of a register form shows an issue of the API (a zod path or a rule's field). */
export const registerFieldOf = fieldByPrefix({
  name: 'name',
  shortName: 'shortName',
  kind: 'kind',
  communeType: 'communeType',
  adminCode: 'adminCode',
  electronicId: 'electronicId',
  parentId: 'parentId',
  successorIds: 'successorIds',
  toUnitId: 'toUnitId',
  effectiveFrom: 'effectiveFrom',
  'basis.kind': 'basisKind',
  'basis.number': 'basisNumber',
  'basis.date': 'basisDate',
  'basis.issuer': 'basisIssuer',
});

/** The id of the control a field's messages belong to, for the error summary's links. */
export const fieldIdOf = (prefix: string, field: string): string | null =>
  field === 'form' ? null : `${prefix}-${field}`;
