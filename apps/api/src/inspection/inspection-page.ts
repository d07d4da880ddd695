import {
  type Database,
  type InspectionListKey,
  type InspectionRecord,
  listPlanActivity,
  listVisibleInspections,
} from '@kiemtra/db';
import {
  type Actor,
  DomainError,
  FINISHED_INSPECTION_STATUSES,
  type InspectionListInput,
  inspectionVisibility,
  isPlanCurrent,
  toIsoDate,
  z,
} from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import { todayOf } from './work-context.js';

export interface InspectionPage {
  items: InspectionRecord[];
  /** Asks for the next page; null on the last one. */
  nextCursor: string | null;
  /** What the page covers: the current plans (none asked for), one year's plans, or one plan. */
  scope:
    | { kind: 'current'; planIds: string[] }
    | { kind: 'year'; year: number }
    | { kind: 'plan'; planId: string };
  /** The years the province has plans for, newest first, for a year picker. */
  years: number[];
}

const keySchema = z.tuple([z.string().nullable(), z.string(), z.uuid()]);

/** The cursor is the last visit's sort key, opaque to the portal. */
export function encodeCursor(record: InspectionRecord): string {
  return Buffer.from(JSON.stringify([record.startDate, record.orgUnitName, record.id])).toString('base64url');
}

export function decodeCursor(cursor: string): InspectionListKey {
  try {
    const [startDate, orgUnitName, id] = keySchema.parse(
      JSON.parse(Buffer.from(cursor, 'base64url').toString()),
    );
    return { startDate, orgUnitName, id };
  } catch {
    throw new DomainError('INVALID_INPUT', 'Vị trí trang không hợp lệ; hãy mở lại danh sách từ đầu.');
  }
}

/**
 * One page of the visits the actor may see, scoped as the page asks (one plan, one year's plans,
 * or the current plans by default), so that its cost does not grow with the province's history.
 */
export async function listInspectionPage(
  deps: { db: Kysely<Database>; clock: Clock },
  actor: Actor,
  input: InspectionListInput,
): Promise<InspectionPage> {
  const plans = await listPlanActivity(deps.db, actor.tenantId, FINISHED_INSPECTION_STATUSES);
  const years = [...new Set(plans.map((p) => p.year))];
  const todayYear = Number(toIsoDate(todayOf(deps.clock)).slice(0, 4));
  const scope: InspectionPage['scope'] = input.planId
    ? { kind: 'plan', planId: input.planId }
    : input.year !== undefined
      ? { kind: 'year', year: input.year }
      : { kind: 'current', planIds: plans.filter((p) => isPlanCurrent(p, todayYear)).map((p) => p.planId) };
  const rows = await listVisibleInspections(deps.db, {
    tenantId: actor.tenantId,
    visibility: inspectionVisibility(actor),
    ...(scope.kind === 'plan' && { planId: scope.planId }),
    ...(scope.kind === 'year' && { year: scope.year }),
    ...(scope.kind === 'current' && { planIds: scope.planIds }),
    ...(input.statuses && { statuses: input.statuses }),
    // One more than asked tells whether a next page exists.
    page: { after: input.cursor ? decodeCursor(input.cursor) : null, limit: input.limit + 1 },
  });
  const items = rows.slice(0, input.limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > input.limit && last ? encodeCursor(last) : null;
  return { items, nextCursor, scope, years };
}
