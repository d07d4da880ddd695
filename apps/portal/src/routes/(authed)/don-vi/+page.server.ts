import { ORG_UNIT_KIND_LABELS, type OrgUnitKind, orgUnitTreeInput } from '@kiemtra/domain';
import type { LabelledOrgUnit, OrgUnitNode } from '$lib/api-types';
import { todayInVietnamIso } from '$lib/format';
import { createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';
import type { PageServerLoad } from './$types';

const labelled = (node: OrgUnitNode): LabelledOrgUnit => ({
  id: node.id,
  name: node.name,
  kindLabel: ORG_UNIT_KIND_LABELS[node.kind as OrgUnitKind],
  children: node.children.map(labelled),
});

export const load: PageServerLoad = async (event) => {
  // "Today" is the calendar day in Vietnam, whatever the server's own time zone.
  const asAt = event.url.searchParams.get('asAt') || todayInVietnamIso(new Date());
  // A mistyped date is answered beside the date field, not with an error page.
  const input = orgUnitTreeInput.safeParse({ asAt });
  if (!input.success) {
    const issue = input.error.issues[0]?.message ?? 'Ngày chưa đúng.';
    return { asAt, dateError: issue, shownAt: null, roots: [] };
  }
  const tree = await fromApi(createApi(event).orgUnits.tree.query(input.data));
  return { asAt: tree.asAt, dateError: null, shownAt: tree.asAt, roots: tree.roots.map(labelled) };
};
