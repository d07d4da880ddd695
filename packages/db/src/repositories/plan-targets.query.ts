import type { ExpressionBuilder } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database } from '../database.js';
import { planAsAtSql, unitNameAsAt } from './unit-name-as-at.sql.js';

/** A plan's targets with their communes, named as at the plan's date, as one JSON array column of a query on `plans`. */
export function planTargetsJson(eb: ExpressionBuilder<Database, 'plans'>) {
  return jsonArrayFrom(
    eb
      .selectFrom('targets')
      .innerJoin('org_units as unit', 'unit.id', 'targets.org_unit_id')
      .whereRef('targets.plan_id', '=', 'plans.id')
      .select((t) => [
        'targets.id',
        'targets.org_unit_id',
        unitNameAsAt('unit', planAsAtSql).as('org_unit_name'),
        'targets.inspection_kind',
        'targets.target_group',
        'targets.team_id',
        'targets.note',
        'targets.version',
        jsonArrayFrom(
          t
            .selectFrom('target_sub_units')
            .innerJoin('org_units as sub', 'sub.id', 'target_sub_units.org_unit_id')
            .whereRef('target_sub_units.target_id', '=', 'targets.id')
            .select(['target_sub_units.org_unit_id', unitNameAsAt('sub', planAsAtSql).as('org_unit_name')])
            .orderBy('target_sub_units.sort_order'),
        ).as('sub_units'),
      ])
      .orderBy('targets.sort_order'),
  );
}
