import { findApiClient, listApiCalls, listApiClients, withActor } from '@kiemtra/db';
import {
  API_CALL_OUTCOME_LABELS,
  API_CALLS_SHOWN,
  apiClientByIdInput,
  apiClientIssueTokenInput,
  apiClientRegisterInput,
  apiClientRevokeTokenInput,
  apiClientRotateTokenInput,
  apiClientUpdateInput,
  DomainError,
  formatVietnamDateTime,
} from '@kiemtra/domain';
import {
  issueApiToken,
  registerApiClient,
  revokeApiToken,
  rotateApiToken,
  updateApiClient,
} from '../../api-clients/api-client-changes.js';
import { auditActorOf } from '../audit-actor.js';
import type { Context } from '../context.js';
import { toApiClientDto } from '../dto/api-client.dto.js';
import { idempotentCreate } from '../idempotent-create.js';
import { procedureFor, router } from '../init.js';

type Ctx = Context & { actor: { tenantId: string } };

const MANAGE = procedureFor('apiClient.manage');

async function detailOf(ctx: Ctx, clientId: string) {
  const client = await findApiClient(ctx.db, ctx.actor.tenantId, clientId);
  if (!client) throw new DomainError('NOT_FOUND', 'Không tìm thấy hệ thống kết nối.');
  return toApiClientDto(client, ctx.clock.now());
}

/** The register of provincial systems and their tokens (issue 11), kept by the system administrator. */
export const apiClientsRouter = router({
  list: MANAGE.query(async ({ ctx }) => {
    const now = ctx.clock.now();
    return (await listApiClients(ctx.db, ctx.actor.tenantId)).map((c) => toApiClientDto(c, now));
  }),

  get: MANAGE.input(apiClientByIdInput).query(async ({ ctx, input }) => detailOf(ctx, input.clientId)),

  /** Issue 16: the system's latest calls to /api/v1, with the operation and how each ended. */
  calls: MANAGE.input(apiClientByIdInput).query(async ({ ctx, input }) => {
    await detailOf(ctx, input.clientId);
    const calls = await listApiCalls(ctx.db, ctx.actor.tenantId, input.clientId, API_CALLS_SHOWN);
    return {
      calls: calls.map((c) => ({
        ...c,
        at: c.at.toISOString(),
        atText: formatVietnamDateTime(c.at),
        outcomeLabel: API_CALL_OUTCOME_LABELS[c.outcome],
      })),
    };
  }),

  register: MANAGE.input(apiClientRegisterInput)
    .use(idempotentCreate)
    .mutation(async ({ ctx, input }) => {
      const id = await withActor(ctx.db, auditActorOf(ctx.profile, 'Đăng ký hệ thống kết nối'), (trx) =>
        registerApiClient(trx, ctx.actor.tenantId, input),
      );
      return detailOf(ctx, id);
    }),

  update: MANAGE.input(apiClientUpdateInput).mutation(async ({ ctx, input }) => {
    await withActor(ctx.db, auditActorOf(ctx.profile, 'Sửa thông tin, quyền của hệ thống kết nối'), (trx) =>
      updateApiClient(trx, ctx.actor.tenantId, input, ctx.clock.now()),
    );
    return detailOf(ctx, input.clientId);
  }),

  /** The token is in this answer only; the API keeps its hash. */
  issueToken: MANAGE.input(apiClientIssueTokenInput).mutation(async ({ ctx, input }) =>
    withActor(ctx.db, auditActorOf(ctx.profile, 'Cấp mã truy cập cho hệ thống kết nối'), (trx) =>
      issueApiToken(trx, ctx.actor.tenantId, input, ctx.clock.now()),
    ),
  ),

  rotateToken: MANAGE.input(apiClientRotateTokenInput).mutation(async ({ ctx, input }) =>
    withActor(ctx.db, auditActorOf(ctx.profile, 'Thay mã truy cập của hệ thống kết nối'), (trx) =>
      rotateApiToken(trx, ctx.actor.tenantId, input, ctx.clock.now()),
    ),
  ),

  revokeToken: MANAGE.input(apiClientRevokeTokenInput).mutation(async ({ ctx, input }) => {
    const { clientId } = await withActor(
      ctx.db,
      auditActorOf(ctx.profile, 'Thu hồi mã truy cập của hệ thống kết nối'),
      (trx) => revokeApiToken(trx, ctx.actor.tenantId, input.tokenId, ctx.clock.now()),
    );
    return detailOf(ctx, clientId);
  }),
});
