import { type Database, loadOrgUnitHistory } from '@kiemtra/db';
import { type OrgUnitNode, parentLookup, treeAsAt, unitsById } from '@kiemtra/domain';
import type { Kysely } from 'kysely';

export interface UnitsAsAt {
  asAt: string;
  tree: OrgUnitNode[];
  byId: Map<string, OrgUnitNode>;
  parentOf: Map<string, string>;
  codeOf: Map<string, string>;
}

/** The province's org units as they stood on a plan's date (its window's start). */
export async function unitsAsAt(db: Kysely<Database>, tenantId: string, asAt: string): Promise<UnitsAsAt> {
  const history = await loadOrgUnitHistory(db, tenantId);
  const tree = treeAsAt(history.units, history.links, asAt, history.renames);
  const codes = await db
    .selectFrom('org_units')
    .select(['id', 'code'])
    .where('tenant_id', '=', tenantId)
    .execute();
  return {
    asAt,
    tree,
    byId: unitsById(tree),
    parentOf: parentLookup(tree),
    codeOf: new Map(codes.map((c) => [c.id, c.code])),
  };
}
