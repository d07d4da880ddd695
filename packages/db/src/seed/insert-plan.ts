import type { Transaction } from 'kysely';
import type { Database } from '../database.js';
import { insertReportTemplate } from '../repositories/report-templates.repository.js';
import type { SeedData } from './binh-dinh-2024/seed-types.js';
import type { CodeMap } from './code-map.js';

/** The report outline, the plan that refers to it, and its contents. Returns the plan id. */
export async function insertPlan(
  trx: Transaction<Database>,
  data: SeedData,
  units: CodeMap,
): Promise<string> {
  const { plan, reportTemplate: template } = data;
  // Published with the plan, on its decision date (Vietnam time), so that reloading is deterministic.
  const publishedAt =
    template.published && plan.decisionDate !== null ? new Date(`${plan.decisionDate}T00:00:00+07:00`) : null;
  const templateId = await insertReportTemplate(
    trx,
    data.tenant.id,
    {
      ...template,
      items: template.items.map((item) => ({
        ...item,
        figures: item.figures ?? [],
        figureRules: item.figureRules ?? [],
      })),
    },
    publishedAt,
  );
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
      report_template_id: templateId,
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
