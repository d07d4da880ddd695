import {
  DEFAULT_DEADLINE_RULES_2024,
  type DeadlineReading,
  type DeadlineRule,
  type ReportStatus,
} from '@kiemtra/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

/** What the to-do list needs beyond a visit's acts: its report's progress and whether minutes exist. */
export interface VisitWorkFacts {
  inspectionId: string;
  reportStatus: ReportStatus | null;
  /** Required items of the outline (leaves) without a written answer; null before the report is opened. */
  missingItems: number | null;
  minutesRecorded: boolean;
}

/**
 * The report progress and minutes of many visits in one statement (no per-visit query): a required
 * item is missing when it has no child items and no answer with words.
 */
export async function listVisitWorkFacts(
  db: Executor,
  inspectionIds: readonly string[],
): Promise<VisitWorkFacts[]> {
  if (inspectionIds.length === 0) return [];
  const rows = await db
    .selectFrom('inspections as i')
    .leftJoin('unit_reports as r', 'r.inspection_id', 'i.id')
    .where('i.id', 'in', [...inspectionIds])
    .select((eb) => [
      'i.id',
      'r.status',
      eb
        .selectFrom('report_template_items as item')
        .whereRef('item.template_id', '=', 'r.template_id')
        .where('item.required', '=', true)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('report_template_items as child')
                .select(sql`1`.as('one'))
                .whereRef('child.template_id', '=', 'item.template_id')
                .whereRef('child.parent_code', '=', 'item.code'),
            ),
          ),
        )
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('report_answers as a')
                .select(sql`1`.as('one'))
                .whereRef('a.report_id', '=', 'r.id')
                .whereRef('a.item_code', '=', 'item.code')
                .where('a.has_text', '=', true),
            ),
          ),
        )
        .select((s) => s.fn.countAll<string>().as('n'))
        .as('missing'),
      eb
        .exists(
          eb
            .selectFrom('inspection_minutes as m')
            .select(sql`1`.as('one'))
            .whereRef('m.inspection_id', '=', 'i.id'),
        )
        .as('has_minutes'),
    ])
    .execute();
  return rows.map((r) => ({
    inspectionId: r.id,
    reportStatus: r.status ?? null,
    missingItems: r.status === null || r.missing === null ? null : Number(r.missing),
    minutesRecorded: Boolean(r.has_minutes),
  }));
}

/** The deadline rules and reading of many plans at once. */
export async function listPlanDeadlineSettings(
  db: Executor,
  planIds: readonly string[],
): Promise<Map<string, { rules: readonly DeadlineRule[]; reading: DeadlineReading }>> {
  if (planIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('plans')
    .select(['id', 'deadline_rules', 'deadline_reading'])
    .where('id', 'in', [...new Set(planIds)])
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      { rules: r.deadline_rules ?? DEFAULT_DEADLINE_RULES_2024, reading: r.deadline_reading },
    ]),
  );
}
