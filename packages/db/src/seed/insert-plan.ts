import type { Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { SeedData } from './binh-dinh-2024/seed-types.js';
import type { CodeMap } from './code-map.js';

/** The report outline, the plan that refers to it, and its contents. Returns the plan id. */
export async function insertPlan(
  trx: Transaction<Database>,
  data: SeedData,
  units: CodeMap,
): Promise<string> {
  const { plan, reportTemplate: template } = data;
  const templateRow = await trx
    .insertInto('report_templates')
    .values({
      tenant_id: data.tenant.id,
      code: template.code,
      version: template.version,
      title: template.title,
      inspection_kind: template.inspectionKind,
      // Published with the plan, on its decision date (Vietnam time), so that reloading is deterministic.
      published_at:
        template.published && plan.decisionDate !== null
          ? new Date(`${plan.decisionDate}T00:00:00+07:00`)
          : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (template.items.length > 0) {
    await trx
      .insertInto('report_template_items')
      .values(
        template.items.map((item, i) => ({
          template_id: templateRow.id,
          code: item.code,
          parent_code: item.parentCode,
          // Document order across the whole outline; ordering siblings by it keeps their order too.
          position: i + 1,
          title: item.title,
          guidance: item.guidance,
          required: item.required,
          figures: JSON.stringify(item.figures ?? []),
          figure_rules: JSON.stringify(item.figureRules ?? []),
        })),
      )
      .execute();
  }
  if (plan.reportTemplateCode !== template.code) {
    throw new Error(`Kế hoạch tham chiếu đề cương "${plan.reportTemplateCode}" không có trong dữ liệu`);
  }

  const planRow = await trx
    .insertInto('plans')
    .values({
      tenant_id: data.tenant.id,
      owner_org_unit_id: units.id(plan.ownerCode),
      year: plan.year,
      title: plan.title,
      status: plan.status,
      decision_number: plan.decisionNumber,
      decision_date: plan.decisionDate,
      decision_signer_name: plan.decisionSignerName,
      decision_signer_title: plan.decisionSignerTitle,
      issuing_authority: plan.issuingAuthority,
      legal_bases: JSON.stringify(plan.legalBases),
      proposal: plan.proposal,
      window_start: plan.windowStart,
      window_end: plan.windowEnd,
      purposes: JSON.stringify(plan.purposes),
      requirements: JSON.stringify(plan.requirements),
      forms: JSON.stringify(plan.forms),
      expected_target_count: plan.expectedTargetCount,
      funding_note: plan.fundingNote,
      report_template_id: templateRow.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  if (data.contents.length > 0) {
    await trx
      .insertInto('plan_contents')
      .values(
        data.contents.map((c, i) => ({
          plan_id: planRow.id,
          kind: c.kind,
          code: c.code,
          position: i + 1,
          title: c.title,
          description: c.description,
        })),
      )
      .execute();
  }
  return planRow.id;
}
