import { TTHC_OUTLINE } from '@kiemtra/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../database.js';
import { insertReportTemplate } from '../repositories/report-templates.repository.js';
import type { SeedData } from './binh-dinh-2024/seed-types.js';

/**
 * Issue 5: the thematic inspection of administrative-procedure handling uses its own outline,
 * published with the plan (on its decision date, so that reloading is deterministic).
 */
export async function insertReportTemplates(trx: Transaction<Database>, data: SeedData): Promise<void> {
  const publishedAt =
    data.plan.decisionDate === null ? null : new Date(`${data.plan.decisionDate}T00:00:00+07:00`);
  await insertReportTemplate(trx, data.tenant.id, TTHC_OUTLINE, publishedAt);
}
