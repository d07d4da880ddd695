import { attachmentByIdInput } from '@kiemtra/domain';
import { removeAttachment } from '../../unit-reports/attachments.js';
import { authedProcedure, router } from '../init.js';

/**
 * Evidence attached to a report. The bytes go up and down over plain HTTP (see
 * reports/attachment-routes.ts); what needs no bytes is here.
 */
export const attachmentsRouter = router({
  remove: authedProcedure
    .input(attachmentByIdInput)
    .mutation(({ ctx, input }) => removeAttachment(ctx, ctx.profile, input.attachmentId)),
});
