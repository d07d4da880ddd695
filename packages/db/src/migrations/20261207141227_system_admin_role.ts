import { type Kysely, sql } from 'kysely';

/** Issue 11: the province's system administrator, apart from the plan administrator. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE user_roles DROP CONSTRAINT user_roles_role_check`.execute(db);
  await sql`ALTER TABLE user_roles ADD CONSTRAINT user_roles_role_check CHECK (role IN ('system_admin','plan_admin','unit_plan_admin','team_leader','inspector','unit_reporter','unit_head','leadership_viewer'))`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DELETE FROM user_roles WHERE role = 'system_admin'`.execute(db);
  await sql`ALTER TABLE user_roles DROP CONSTRAINT user_roles_role_check`.execute(db);
  await sql`ALTER TABLE user_roles ADD CONSTRAINT user_roles_role_check CHECK (role IN ('plan_admin','unit_plan_admin','team_leader','inspector','unit_reporter','unit_head','leadership_viewer'))`.execute(
    db,
  );
}
