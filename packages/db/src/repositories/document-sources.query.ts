import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

export interface ReportTemplateRecord {
  id: string;
  code: string;
  version: number;
  title: string;
  items: {
    code: string;
    parentCode: string | null;
    title: string;
    guidance: string | null;
    required: boolean;
  }[];
}

/** A report template version with its items in order (the outline a unit answers). */
export async function findReportTemplate(
  db: Kysely<Database>,
  templateId: string,
): Promise<ReportTemplateRecord | null> {
  const template = await db
    .selectFrom('report_templates')
    .select(['id', 'code', 'version', 'title'])
    .where('id', '=', templateId)
    .executeTakeFirst();
  if (!template) return null;
  const items = await db
    .selectFrom('report_template_items')
    .select(['code', 'parent_code', 'title', 'guidance', 'required'])
    .where('template_id', '=', templateId)
    .orderBy('position')
    .execute();
  return {
    ...template,
    items: items.map((i) => ({
      code: i.code,
      parentCode: i.parent_code,
      title: i.title,
      guidance: i.guidance,
      required: i.required,
    })),
  };
}

/** Names and short names of org units by id, for letterheads ("SỞ NỘI VỤ", symbols such as "SNV"). */
export async function orgUnitLetterheads(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, { name: string; shortName: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('org_units')
    .select(['id', 'name', 'short_name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, shortName: r.short_name }]));
}
