import type { InspectionKind, OutlineItem, OutlineTemplate, PublishedTemplate } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

export interface TemplateRecord extends OutlineTemplate {
  id: string;
  tenantId: string;
  publishedAt: Date | null;
}

/** One outline version with its items in outline order. */
export async function findOutlineTemplate(db: Executor, templateId: string): Promise<TemplateRecord | null> {
  const row = await db
    .selectFrom('report_templates')
    .selectAll()
    .where('id', '=', templateId)
    .executeTakeFirst();
  if (!row) return null;
  const items = await db
    .selectFrom('report_template_items')
    .select(['code', 'parent_code', 'title', 'guidance', 'required', 'figures', 'figure_rules'])
    .where('template_id', '=', templateId)
    .orderBy('position')
    .execute();
  return {
    id: row.id,
    tenantId: row.tenant_id,
    code: row.code,
    version: row.version,
    title: row.title,
    inspectionKind: row.inspection_kind,
    publishedAt: row.published_at,
    items: items.map(
      (i): OutlineItem => ({
        code: i.code,
        parentCode: i.parent_code,
        title: i.title,
        guidance: i.guidance,
        required: i.required,
        figures: i.figures,
        figureRules: i.figure_rules,
      }),
    ),
  };
}

/** Every published outline version of a province, for choosing a new report's outline. */
export async function listPublishedTemplates(db: Executor, tenantId: string): Promise<PublishedTemplate[]> {
  const rows = await db
    .selectFrom('report_templates')
    .select(['id', 'code', 'version', 'inspection_kind'])
    .where('tenant_id', '=', tenantId)
    .where('published_at', 'is not', null)
    .orderBy('code')
    .orderBy('version')
    .execute();
  return rows.map((r) => ({ id: r.id, code: r.code, version: r.version, inspectionKind: r.inspection_kind }));
}

export interface TemplateSummary {
  id: string;
  code: string;
  version: number;
  title: string;
  inspectionKind: InspectionKind;
  publishedAt: Date | null;
  itemCount: number;
}

export async function listTemplateSummaries(db: Executor, tenantId: string): Promise<TemplateSummary[]> {
  const rows = await db
    .selectFrom('report_templates')
    .select((eb) => [
      'id',
      'code',
      'version',
      'title',
      'inspection_kind',
      'published_at',
      eb
        .selectFrom('report_template_items')
        .whereRef('report_template_items.template_id', '=', 'report_templates.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('item_count'),
    ])
    .where('tenant_id', '=', tenantId)
    .orderBy('code')
    .orderBy('version')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    version: r.version,
    title: r.title,
    inspectionKind: r.inspection_kind,
    publishedAt: r.published_at,
    itemCount: Number(r.item_count ?? 0),
  }));
}

/** The versions an outline code already has. */
export async function templateVersions(db: Executor, tenantId: string, code: string): Promise<number[]> {
  const rows = await db
    .selectFrom('report_templates')
    .select('version')
    .where('tenant_id', '=', tenantId)
    .where('code', '=', code)
    .execute();
  return rows.map((r) => r.version);
}

/** Inserts an outline version with its items (call inside a transaction); returns its id. */
export async function insertReportTemplate(
  db: Executor,
  tenantId: string,
  template: OutlineTemplate,
  publishedAt: Date | null,
): Promise<string> {
  const row = await db
    .insertInto('report_templates')
    .values({
      tenant_id: tenantId,
      code: template.code,
      version: template.version,
      title: template.title,
      inspection_kind: template.inspectionKind,
      published_at: publishedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (template.items.length > 0) {
    await db
      .insertInto('report_template_items')
      .values(
        template.items.map((item, i) => ({
          template_id: row.id,
          code: item.code,
          parent_code: item.parentCode,
          position: i + 1,
          title: item.title,
          guidance: item.guidance,
          required: item.required,
          figures: JSON.stringify(item.figures),
          figure_rules: JSON.stringify(item.figureRules),
        })),
      )
      .execute();
  }
  return row.id;
}

/** The code of the outline a plan chose, null when it chose none. */
export async function findPlanTemplateCode(db: Executor, planId: string): Promise<string | null> {
  const row = await db
    .selectFrom('plans')
    .leftJoin('report_templates', 'report_templates.id', 'plans.report_template_id')
    .select('report_templates.code')
    .where('plans.id', '=', planId)
    .executeTakeFirst();
  return row?.code ?? null;
}
