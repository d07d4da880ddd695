import type { OrgUnitVersion, ParentLink, UnitRename } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

/**
 * Every version of every unit of a province, every parent link and every rename; the domain reads
 * them as at a date.
 */
export async function loadOrgUnitHistory(
  db: Kysely<Database>,
  tenantId: string,
): Promise<{ units: OrgUnitVersion[]; links: ParentLink[]; renames: UnitRename[] }> {
  const [units, links, renames] = await Promise.all([
    db
      .selectFrom('org_units')
      .select(['id', 'name', 'kind', 'valid_from', 'valid_to'])
      .where('tenant_id', '=', tenantId)
      .execute(),
    db
      .selectFrom('org_unit_parents')
      .select(['org_unit_id', 'parent_id', 'valid_from', 'valid_to'])
      .where('tenant_id', '=', tenantId)
      .execute(),
    db
      .selectFrom('org_unit_names')
      .select(['org_unit_id', 'name', 'valid_from'])
      .where('tenant_id', '=', tenantId)
      .execute(),
  ]);
  return {
    units: units.map((u) => ({
      id: u.id,
      name: u.name,
      kind: u.kind,
      validFrom: u.valid_from,
      validTo: u.valid_to,
    })),
    links: links.map((l) => ({
      orgUnitId: l.org_unit_id,
      parentId: l.parent_id,
      validFrom: l.valid_from,
      validTo: l.valid_to,
    })),
    renames: renames.map((r) => ({ orgUnitId: r.org_unit_id, name: r.name, validFrom: r.valid_from })),
  };
}
