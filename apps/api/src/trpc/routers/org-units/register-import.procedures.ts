import { withActor } from '@kiemtra/db';
import { canSaveRegisterImport, registerImportInput } from '@kiemtra/domain';
import { commitRegisterImport, registerImportVerdicts } from '../../../unit-register/register-import.js';
import { registerTemplateWorkbook } from '../../../unit-register/register-workbook.js';
import { auditActorOf } from '../../audit-actor.js';
import { idempotentCreate } from '../../idempotent-create.js';
import { procedureFor, router } from '../../init.js';

export const registerImportRouter = router({
  /** Every row of the uploaded register with its verdict; nothing is saved. */
  preview: procedureFor('orgUnit.manage')
    .input(registerImportInput)
    .mutation(async ({ ctx, input }) => {
      const { result, fileIssues, errorCount } = await registerImportVerdicts(
        ctx.db,
        ctx.actor.tenantId,
        input.fileBase64,
      );
      return {
        canSave: fileIssues.length === 0 && canSaveRegisterImport(result),
        errorCount,
        fileIssues,
        rows: result.rows,
      };
    }),

  /** Checks the file again and saves every unit in one transaction, only if no error remains. */
  commit: procedureFor('orgUnit.manage')
    .input(registerImportInput)
    .use(idempotentCreate)
    .mutation(async ({ ctx, input }) => {
      const saved = await withActor(
        ctx.db,
        auditActorOf(ctx.profile, 'Nhập danh mục cơ quan, đơn vị từ tệp Excel'),
        (trx) => commitRegisterImport(trx, ctx.actor.tenantId, input.fileBase64),
      );
      return { saved };
    }),

  /** The .xlsx template with the Vietnamese headers, as base64. */
  template: procedureFor('orgUnit.manage').query(async () => ({
    fileName: 'mau-danh-muc-co-quan-don-vi.xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: (await registerTemplateWorkbook()).toString('base64'),
  })),
});
