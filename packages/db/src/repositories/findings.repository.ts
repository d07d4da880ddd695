import type { FindingArea, FindingKind, Responsibility, ViolationSeverity } from '@kiemtra/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

export interface FindingFields {
  area: FindingArea;
  kind: FindingKind;
  severity: ViolationSeverity | null;
  description: string;
  responsibilities: readonly Responsibility[];
}

export interface FindingRecord extends FindingFields {
  id: string;
  inspectionId: string;
  version: number;
}

/** The findings of a visit, in the order the team wrote them. */
export async function listFindings(db: Executor, inspectionId: string): Promise<FindingRecord[]> {
  const rows = await db
    .selectFrom('findings')
    .where('inspection_id', '=', inspectionId)
    .select(['id', 'inspection_id', 'area', 'kind', 'severity', 'description', 'responsibilities', 'version'])
    .orderBy('sort_order')
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    inspectionId: r.inspection_id,
    area: r.area,
    kind: r.kind,
    severity: r.severity,
    description: r.description,
    responsibilities: r.responsibilities,
    version: r.version,
  }));
}

/** The findings of many visits, each visit's in order. */
export async function listFindingsOf(
  db: Executor,
  inspectionIds: readonly string[],
): Promise<FindingRecord[]> {
  const rows = await db
    .selectFrom('findings')
    .where('inspection_id', 'in', [...inspectionIds])
    .select(['id', 'inspection_id', 'area', 'kind', 'severity', 'description', 'responsibilities', 'version'])
    .orderBy('inspection_id')
    .orderBy('sort_order')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    inspectionId: r.inspection_id,
    area: r.area,
    kind: r.kind,
    severity: r.severity,
    description: r.description,
    responsibilities: r.responsibilities,
    version: r.version,
  }));
}

export async function findFinding(db: Executor, findingId: string): Promise<FindingRecord | null> {
  const row = await db
    .selectFrom('findings')
    .where('id', '=', findingId)
    .select(['id', 'inspection_id', 'area', 'kind', 'severity', 'description', 'responsibilities', 'version'])
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    inspectionId: row.inspection_id,
    area: row.area,
    kind: row.kind,
    severity: row.severity,
    description: row.description,
    responsibilities: row.responsibilities,
    version: row.version,
  };
}

const columns = (f: FindingFields) => ({
  area: f.area,
  kind: f.kind,
  severity: f.severity,
  description: f.description,
  responsibilities: JSON.stringify(f.responsibilities),
});

/** Adds a finding after the visit's others; returns its id. */
export async function insertFinding(
  db: Executor,
  input: { tenantId: string; inspectionId: string; fields: FindingFields },
): Promise<string> {
  const row = await db
    .insertInto('findings')
    .values((eb) => ({
      ...columns(input.fields),
      tenant_id: input.tenantId,
      inspection_id: input.inspectionId,
      sort_order: eb
        .selectFrom('findings')
        .where('inspection_id', '=', input.inspectionId)
        .select(sql<number>`coalesce(max(sort_order), 0) + 1`.as('next')),
    }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Saves a finding if still at `expectedVersion`; the new version, or null on a concurrent edit. */
export async function updateFinding(
  db: Executor,
  findingId: string,
  expectedVersion: number,
  fields: FindingFields,
): Promise<number | null> {
  const row = await db
    .updateTable('findings')
    .set({ ...columns(fields), version: sql`version + 1` })
    .where('id', '=', findingId)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}

/** Deletes a finding if still at `expectedVersion`; false on a concurrent edit. */
export async function deleteFinding(
  db: Executor,
  findingId: string,
  expectedVersion: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom('findings')
    .where('id', '=', findingId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
