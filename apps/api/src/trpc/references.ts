import type { Database } from '@kiemtra/db';
import { checkReferences } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { assertAccepted } from './errors.js';

/** The plan's member agencies must be org units of the province: a 400 naming each stray one. */
export async function assertMemberAgencies(
  db: Kysely<Database>,
  tenantId: string,
  agencies: readonly { orgUnitId: string }[],
): Promise<void> {
  const ids = agencies.map((a) => a.orgUnitId);
  if (ids.length === 0) return;
  const rows = await db
    .selectFrom('org_units')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
  assertAccepted(
    checkReferences({
      ids,
      known: new Set(rows.map((r) => r.id)),
      field: 'memberAgencies',
      message: 'Cơ quan tham gia đã chọn không có trong danh mục đơn vị của tỉnh.',
    }),
    'INVALID_INPUT',
  );
}

/** A recommendation's findings must be findings of its own visit: a 400 naming each stray one. */
export async function assertFindingsOfVisit(
  db: Kysely<Database>,
  inspectionId: string,
  findingIds: readonly string[],
): Promise<void> {
  if (findingIds.length === 0) return;
  const rows = await db
    .selectFrom('findings')
    .select('id')
    .where('inspection_id', '=', inspectionId)
    .where('id', 'in', findingIds)
    .execute();
  assertAccepted(
    checkReferences({
      ids: findingIds,
      known: new Set(rows.map((r) => r.id)),
      field: 'recommendation.findingIds',
      message: 'Kiến nghị chỉ dẫn chiếu được các phát hiện của chính cuộc kiểm tra này.',
    }),
    'INVALID_INPUT',
  );
}
