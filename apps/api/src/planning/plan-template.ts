import { type Database, isTemplateOfTenant } from '@kiemtra/db';
import type { Kysely } from 'kysely';
import { refusal } from '../trpc/errors.js';

/** A plan names only an outline of its own province; refused beside the outline field otherwise. */
export async function assertOwnTemplate(
  db: Kysely<Database>,
  tenantId: string,
  templateRef: string | null | undefined,
): Promise<void> {
  if (templateRef === undefined || templateRef === null) return;
  if (await isTemplateOfTenant(db, tenantId, templateRef)) return;
  throw refusal([
    { code: 'template_not_found', message: 'Không tìm thấy đề cương báo cáo đã chọn.', field: 'templateRef' },
  ]);
}
