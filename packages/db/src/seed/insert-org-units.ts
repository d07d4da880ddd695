import { communeTypeFromName } from '@kiemtra/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { SeedData } from './binh-dinh-2024/seed-types.js';
import { CodeMap } from './code-map.js';

/** The tenant, its org units and their parent links. Returns unit ids by code. */
export async function insertOrgUnits(
  trx: Transaction<Database>,
  data: Pick<SeedData, 'tenant' | 'orgUnits'>,
): Promise<CodeMap> {
  const tenantId = data.tenant.id;
  await trx.insertInto('tenants').values({ id: tenantId, name: data.tenant.name }).execute();

  const units = new CodeMap(
    'đơn vị',
    await trx
      .insertInto('org_units')
      .values(
        data.orgUnits.map((u) => ({
          tenant_id: tenantId,
          code: u.code,
          name: u.name,
          short_name: u.shortName,
          kind: u.kind,
          commune_type: u.kind === 'commune' ? communeTypeFromName(u.name) : null,
          valid_from: u.validFrom,
          valid_to: u.validTo,
        })),
      )
      .returning(['id', 'code'])
      .execute(),
  );

  const links = data.orgUnits.flatMap((u) =>
    u.parentCode === null
      ? []
      : [
          {
            tenant_id: tenantId,
            org_unit_id: units.id(u.code),
            parent_id: units.id(u.parentCode),
            valid_from: u.validFrom,
            valid_to: u.parentValidTo,
          },
        ],
  );
  if (links.length > 0) await trx.insertInto('org_unit_parents').values(links).execute();
  return units;
}
