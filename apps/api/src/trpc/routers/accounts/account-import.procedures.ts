import { withActor } from '@kiemtra/db';
import { accountImportInput, canSaveAccountImport, todayInVietnam, toIsoDate } from '@kiemtra/domain';
import { accountImportVerdicts, commitAccountImport } from '../../../accounts/account-import.js';
import { accountTemplateWorkbook, temporaryPasswordsWorkbook } from '../../../accounts/account-workbook.js';
import { makeTemporaryPassword } from '../../../accounts/temporary-password.js';
import { auditActorOf } from '../../audit-actor.js';
import { procedureFor, router } from '../../init.js';

const MANAGE = procedureFor('account.manage');

export const accountImportRouter = router({
  /** Every row of the uploaded list with its verdict; nothing is saved. */
  preview: MANAGE.input(accountImportInput).mutation(async ({ ctx, input }) => {
    const today = toIsoDate(todayInVietnam(ctx.clock.now()));
    const { result, fileIssues, errorCount } = await accountImportVerdicts(
      ctx.db,
      ctx.actor.tenantId,
      input.fileBase64,
      today,
    );
    return {
      canSave: fileIssues.length === 0 && canSaveAccountImport(result),
      errorCount,
      fileIssues,
      rows: result.rows,
    };
  }),

  /**
   * Checks the list again and creates every account in one transaction, only if no error remains;
   * the temporary passwords come back this once, on screen and as a workbook.
   */
  commit: MANAGE.input(accountImportInput).mutation(async ({ ctx, input }) => {
    const today = toIsoDate(todayInVietnam(ctx.clock.now()));
    const accounts = await withActor(
      ctx.db,
      auditActorOf(ctx.profile, 'Tạo tài khoản từ danh sách Excel'),
      (trx) =>
        commitAccountImport(trx, ctx.actor.tenantId, input.fileBase64, {
          today,
          makePassword: makeTemporaryPassword,
        }),
    );
    return { accounts, workbook: await temporaryPasswordsWorkbook(accounts) };
  }),

  /** The .xlsx template with the Vietnamese headers, as base64. */
  template: MANAGE.query(() => accountTemplateWorkbook()),
});
