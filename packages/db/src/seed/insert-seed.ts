import type { Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { SeedData } from './binh-dinh-2024/seed-types.js';
import { insertAccounts } from './insert-accounts.js';
import { insertOrgUnits } from './insert-org-units.js';
import { insertPlan } from './insert-plan.js';
import { insertReportTemplates } from './insert-report-templates.js';
import { insertTargets } from './insert-targets.js';
import { insertTeams } from './insert-teams.js';

/**
 * Inserts the seed, one statement per table, mapping its codes to generated ids as it goes.
 * `passwordHashes` holds a hash for every account, computed before the transaction opened.
 */
export async function insertSeed(
  trx: Transaction<Database>,
  data: SeedData,
  passwordHashes: ReadonlyMap<string, string>,
): Promise<void> {
  const units = await insertOrgUnits(trx, data);
  const users = await insertAccounts(trx, data, units, passwordHashes);
  const planId = await insertPlan(trx, data, units);
  await insertReportTemplates(trx, data);
  const teams = await insertTeams(trx, data, planId, units, users);
  await insertTargets(trx, data, planId, units, teams);
}
