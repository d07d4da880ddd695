import { insertTargetWithVisits, touchPlan, withActor } from '@kiemtra/db';
import type { Actor } from '@kiemtra/domain';
import { canSaveImport, planAsAt, type TargetImportResult, targetImportInput } from '@kiemtra/domain';
import type { z } from 'zod';
import { planFor } from '../../../planning/plan-access.js';
import { assertChangeAllowed, validateImport } from '../../../planning/target-rules.js';
import { readTargetWorkbook, targetTemplateWorkbook } from '../../../planning/target-workbook.js';
import { unitsAsAt } from '../../../planning/units-as-at.js';
import { auditActorOf } from '../../audit-actor.js';
import type { Context } from '../../context.js';
import { refusal } from '../../errors.js';
import { idempotentCreate } from '../../idempotent-create.js';
import { authedProcedure, procedureFor } from '../../init.js';

type ImportInput = z.infer<typeof targetImportInput>;

async function verdicts(ctx: Context & { actor: Actor }, input: ImportInput) {
  const plan = await planFor(ctx.db, ctx.actor, 'plan.manage', input.planId);
  const file = await readTargetWorkbook(input.fileBase64);
  const units = await unitsAsAt(ctx.db, plan.tenantId, planAsAt(plan));
  const result: TargetImportResult = validateImport(plan, units, file.rows);
  return {
    plan,
    result: {
      ...result,
      fileIssues: [...file.fileIssues, ...(file.fileIssues.length > 0 ? [] : result.fileIssues)],
      errorCount: result.errorCount + file.fileIssues.length,
    } as TargetImportResult,
  };
}

const toPreviewDto = (result: TargetImportResult) => ({
  canSave: canSaveImport(result),
  errorCount: result.errorCount,
  fileIssues: result.fileIssues,
  rows: result.rows.map((r) =>
    r.ok
      ? { rowNumber: r.rowNumber, ok: true as const, target: r.target, errors: [] }
      : { rowNumber: r.rowNumber, ok: false as const, target: null, errors: r.errors },
  ),
});

/** Every row of the uploaded list with its verdict; nothing is saved. */
export const importPreview = authedProcedure.input(targetImportInput).mutation(async ({ ctx, input }) => {
  const { result } = await verdicts(ctx, input);
  return toPreviewDto(result);
});

/** Checks the list again and saves every row in one transaction, only if no error remains. */
export const importCommit = authedProcedure
  .input(targetImportInput)
  .use(idempotentCreate)
  .mutation(async ({ ctx, input }) => {
    const { plan, result } = await verdicts(ctx, input);
    assertChangeAllowed(plan, input.reason);
    if (!canSaveImport(result)) {
      const issues = [...result.fileIssues, ...result.rows.flatMap((r) => (r.ok ? [] : r.errors))];
      throw refusal(
        issues.length > 0
          ? [
              {
                code: 'import_has_errors',
                message: `Tệp còn ${result.errorCount} lỗi; chưa lưu đối tượng nào. Hãy sửa tệp rồi gửi lại.`,
              },
              ...issues,
            ]
          : [{ code: 'import_empty', message: 'Tệp không có dòng đối tượng nào; chưa lưu gì.' }],
      );
    }
    const saved = await withActor(
      ctx.db,
      auditActorOf(ctx.profile, input.reason ?? 'Nhập danh sách đối tượng từ tệp Excel'),
      async (trx) => {
        let count = 0;
        for (const row of result.rows) {
          if (!row.ok) continue;
          await insertTargetWithVisits(trx, {
            tenantId: plan.tenantId,
            planId: plan.id,
            orgUnitId: row.target.unitId,
            kind: row.target.kind,
            group: row.target.group,
            teamId: row.target.teamId,
            note: null,
            subUnitIds: row.target.subUnits.map((s) => s.id),
          });
          count++;
        }
        await touchPlan(trx, plan.id);
        return count;
      },
    );
    return { saved };
  });

/** The .xlsx template with the Vietnamese headers, as base64. */
export const importTemplate = procedureFor('plan.read', { planStatus: 'published' }).query(async () => ({
  fileName: 'mau-danh-sach-doi-tuong-kiem-tra.xlsx',
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  base64: (await targetTemplateWorkbook()).toString('base64'),
}));
