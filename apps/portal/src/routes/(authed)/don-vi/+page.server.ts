import { isoDateStringSchema, type OrgUnitKind, orgUnitKindLabel } from '@kiemtra/domain';
import type { LabelledOrgUnit, OrgUnitNode } from '$lib/api-types';
import { todayInVietnamIso } from '$lib/format';
import { createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';
import { canManageRegister } from '$lib/unit-register/register-form';
import type { PageServerLoad } from './$types';

// A kind is named as it was on the date read: communes are "Xã, phường, đặc khu" from 01/07/2025.
const labelled =
  (asAt: string) =>
  (node: OrgUnitNode): LabelledOrgUnit => ({
    id: node.id,
    name: node.name,
    kindLabel: orgUnitKindLabel(node.kind as OrgUnitKind, asAt),
    children: node.children.map(labelled(asAt)),
  });

export const load: PageServerLoad = async (event) => {
  // "Today" is the calendar day in Vietnam, whatever the server's own time zone.
  const asAt = event.url.searchParams.get('asAt') || todayInVietnamIso(new Date());
  const { user } = await event.parent();
  const manage = canManageRegister(user);
  // A mistyped date is answered beside the date field, not with an error page; the field is typed
  // dd/mm/yyyy and read by the domain's one date rule.
  const input = isoDateStringSchema.safeParse(asAt);
  if (!input.success) {
    const issue = input.error.issues[0]?.message ?? 'Ngày chưa đúng.';
    return { asAt, dateError: issue, shownAt: null, roots: [], manage };
  }
  const tree = await fromApi(createApi(event).orgUnits.tree.query({ asAt: input.data }));
  return {
    asAt: tree.asAt,
    dateError: null,
    shownAt: tree.asAt,
    roots: tree.roots.map(labelled(tree.asAt)),
    manage,
  };
};
