import { type Expression, sql } from 'kysely';

/**
 * A unit's name as at a date, in SQL, for queries that list many units of one plan: its last
 * rename taking effect on or before the date, else its recorded name. The same reading as the
 * domain's `nameAsAt`, which the register's own pages use.
 */
export function unitNameAsAt(unitAlias: string, date: Expression<string | null>) {
  return sql<string>`coalesce((
    SELECT n.name FROM org_unit_names n
    WHERE n.org_unit_id = ${sql.ref(`${unitAlias}.id`)} AND n.valid_from <= ${date}
    ORDER BY n.valid_from DESC LIMIT 1
  ), ${sql.ref(`${unitAlias}.name`)})`;
}

/** The date a plan reads its units at (`planAsAt`): its decision's date, else its window's start. */
export const planAsAtSql = sql<string>`coalesce(plans.decision_date, plans.window_start)`;
