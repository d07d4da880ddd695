import type { Kysely } from 'kysely';
import { runScript } from '../sql-script.js';

/**
 * Issue 14: the indexes the hot queries need once a province has years of history (found by
 * bench/national/explain-hot-queries.ts on the national dataset): a round's visits, a province's
 * dated visits (the booking checks and the timeline), and a team's users (every visit's access
 * check aggregates them).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    CREATE INDEX inspections_round_idx ON inspections (round_id) WHERE round_id IS NOT NULL;
    CREATE INDEX inspections_tenant_start_idx ON inspections (tenant_id, start_date);
    CREATE INDEX team_members_team_user_idx ON team_members (team_id, user_id) WHERE user_id IS NOT NULL;
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `DROP INDEX team_members_team_user_idx;
  DROP INDEX inspections_tenant_start_idx;
  DROP INDEX inspections_round_idx;`,
  );
}
