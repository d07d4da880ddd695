import type { LawHolidayRule } from '@kiemtra/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

export interface StoredLawHolidayRule {
  id: string;
  rule: LawHolidayRule;
  version: number;
  updatedAt: Date;
}

const COLUMNS = [
  'id',
  'name',
  'month',
  'day',
  'status',
  'valid_from',
  'basis',
  'version',
  'updated_at',
] as const;

type Row = {
  id: string;
  name: string;
  month: number;
  day: number;
  status: LawHolidayRule['status'];
  valid_from: string;
  basis: string;
  version: number;
  updated_at: Date;
};

const toStored = (r: Row): StoredLawHolidayRule => ({
  id: r.id,
  rule: {
    name: r.name,
    month: r.month,
    day: r.day,
    status: r.status,
    validFrom: r.valid_from,
    basis: r.basis,
  },
  version: r.version,
  updatedAt: r.updated_at,
});

const toRow = (rule: LawHolidayRule) => ({
  name: rule.name,
  month: rule.month,
  day: rule.day,
  status: rule.status,
  valid_from: rule.validFrom,
  basis: rule.basis,
});

export async function listLawHolidayRules(db: Executor): Promise<StoredLawHolidayRule[]> {
  const rows = await db
    .selectFrom('law_holiday_rules')
    .select(COLUMNS)
    .orderBy('month')
    .orderBy('day')
    .execute();
  return rows.map(toStored);
}

/** The shipped rules for the days not stored yet; a rule an administrator decided is left alone. */
export async function insertMissingLawHolidayRules(
  db: Executor,
  rules: readonly LawHolidayRule[],
): Promise<number> {
  if (rules.length === 0) return 0;
  const result = await db
    .insertInto('law_holiday_rules')
    .values(rules.map(toRow))
    .onConflict((oc) => oc.columns(['month', 'day']).doNothing())
    .returning('id')
    .execute();
  return result.length;
}

export type SaveLawHolidayRuleResult =
  | { kind: 'saved'; stored: StoredLawHolidayRule }
  | { kind: 'conflict' }
  | { kind: 'day_taken' };

/**
 * Records a new rule (id null) or a decision on one: `expectedVersion` is the version the editor
 * saw, so that a decision taken meanwhile by someone else is never overwritten silently.
 */
export async function saveLawHolidayRule(
  db: Executor,
  input: { id: string | null; expectedVersion: number | null; rule: LawHolidayRule },
): Promise<SaveLawHolidayRuleResult> {
  if (input.id === null) {
    const row = await db
      .insertInto('law_holiday_rules')
      .values(toRow(input.rule))
      .onConflict((oc) => oc.columns(['month', 'day']).doNothing())
      .returning(COLUMNS)
      .executeTakeFirst();
    return row ? { kind: 'saved', stored: toStored(row) } : { kind: 'day_taken' };
  }
  const clash = await db
    .selectFrom('law_holiday_rules')
    .select('id')
    .where('month', '=', input.rule.month)
    .where('day', '=', input.rule.day)
    .where('id', '<>', input.id)
    .executeTakeFirst();
  if (clash) return { kind: 'day_taken' };
  const row = await db
    .updateTable('law_holiday_rules')
    .set({ ...toRow(input.rule), version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', input.id)
    .where('version', '=', input.expectedVersion ?? -1)
    .returning(COLUMNS)
    .executeTakeFirst();
  return row ? { kind: 'saved', stored: toStored(row) } : { kind: 'conflict' };
}
