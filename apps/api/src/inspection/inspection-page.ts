import {
  type Database,
  type InspectionListKey,
  type InspectionRecord,
  listPlanYears,
  listVisibleInspections,
} from '@kiemtra/db';
import {
  type Actor,
  currentPlanYear,
  DomainError,
  type InspectionListInput,
  inspectionVisibility,
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
  /** The year the page covers (the current one when none was asked for); null for one plan. */
  year: number | null;
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
 * One page of the visits the actor may see, scoped as the page asks (one plan, or one year's plans:
 * the current year by default), so that its cost does not grow with the province's history.
 */
export async function listInspectionPage(
  deps: { db: Kysely<Database>; clock: Clock },
  actor: Actor,
  input: InspectionListInput,
): Promise<InspectionPage> {
  const years = await listPlanYears(deps.db, actor.tenantId);
  const todayYear = Number(toIsoDate(todayOf(deps.clock)).slice(0, 4));
  const year = input.planId ? (input.year ?? null) : (input.year ?? currentPlanYear(years, todayYear));
  if (!input.planId && year === null) return { items: [], nextCursor: null, year: null, years };
  const rows = await listVisibleInspections(deps.db, {
    tenantId: actor.tenantId,
    visibility: inspectionVisibility(actor),
    ...(input.planId && { planId: input.planId }),
    ...(year !== null && { year }),
    ...(input.statuses && { statuses: input.statuses }),
    // One more than asked tells whether a next page exists.
    page: { after: input.cursor ? decodeCursor(input.cursor) : null, limit: input.limit + 1 },
  });
  const items = rows.slice(0, input.limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > input.limit && last ? encodeCursor(last) : null;
  return { items, nextCursor, year, years };
}
