import { listManagedAccounts, withActor } from '@kiemtra/db';
import {
  ACCOUNT_PAGE_SIZE,
  accountByIdInput,
  accountCreateInput,
  accountDeactivateInput,
  accountListInput,
  accountsMoveInput,
  accountUpdateInput,
  accountVersionInput,
  todayInVietnam,
  toIsoDate,
} from '@kiemtra/domain';
import {
  createAccount,
  deactivateAccount,
  managedAccount,
  reactivateAccount,
  resetAccountPassword,
  updateAccount,
} from '../../accounts/account-changes.js';
import { toAccountDto } from '../../accounts/account-dto.js';
import { moveAccountsToSuccessor } from '../../accounts/account-move.js';
import { makeTemporaryPassword } from '../../accounts/temporary-password.js';
import { auditActorOf } from '../audit-actor.js';
import type { Context } from '../context.js';
import { procedureFor, router } from '../init.js';
import { accountImportRouter } from './accounts/account-import.procedures.js';

const MANAGE = procedureFor('account.manage');
const todayOf = (ctx: Pick<Context, 'clock'>) => toIsoDate(todayInVietnam(ctx.clock.now()));

type Ctx = Context & { actor: NonNullable<Context['profile']>['actor'] };
const detail = async (ctx: Ctx, accountId: string) =>
  toAccountDto(await managedAccount(ctx.db, ctx.actor, accountId, todayOf(ctx)), todayOf(ctx));

export const accountsRouter = router({
  /** One page of the province's accounts, filtered as the accounts page's address says. */
  list: MANAGE.input(accountListInput).query(async ({ ctx, input }) => {
    const today = todayOf(ctx);
    const { accounts, total } = await listManagedAccounts(ctx.db, ctx.actor.tenantId, input, {
      offset: (input.page - 1) * ACCOUNT_PAGE_SIZE,
      limit: ACCOUNT_PAGE_SIZE,
      asAt: today,
    });
    return {
      accounts: accounts.map((a) => toAccountDto(a, today)),
      total,
      page: input.page,
      pageSize: ACCOUNT_PAGE_SIZE,
    };
  }),

  get: MANAGE.input(accountByIdInput).query(({ ctx, input }) => detail(ctx, input.accountId)),

  /** A new account and its temporary password, shown this once. */
  create: MANAGE.input(accountCreateInput).mutation(async ({ ctx, input }) => {
    const created = await withActor(ctx.db, auditActorOf(ctx.profile, 'Tạo tài khoản'), (trx) =>
      createAccount(trx, ctx.actor.tenantId, input, {
        today: todayOf(ctx),
        makePassword: makeTemporaryPassword,
      }),
    );
    return { account: await detail(ctx, created.id), temporaryPassword: created.temporaryPassword };
  }),

  update: MANAGE.input(accountUpdateInput).mutation(async ({ ctx, input }) => {
    await withActor(ctx.db, auditActorOf(ctx.profile, 'Sửa tài khoản'), (trx) =>
      updateAccount(trx, ctx.actor, input, todayOf(ctx)),
    );
    return detail(ctx, input.accountId);
  }),

  /** The account can no longer sign in, and its open sessions end now. */
  deactivate: MANAGE.input(accountDeactivateInput).mutation(async ({ ctx, input }) => {
    await withActor(ctx.db, auditActorOf(ctx.profile, input.reason ?? 'Khóa tài khoản'), (trx) =>
      deactivateAccount(trx, ctx.actor, input, todayOf(ctx)),
    );
    return detail(ctx, input.accountId);
  }),

  reactivate: MANAGE.input(accountVersionInput).mutation(async ({ ctx, input }) => {
    await withActor(ctx.db, auditActorOf(ctx.profile, 'Mở lại tài khoản'), (trx) =>
      reactivateAccount(trx, ctx.actor, input, todayOf(ctx)),
    );
    return detail(ctx, input.accountId);
  }),

  /** A new temporary password, shown this once; the account's sessions end. */
  resetPassword: MANAGE.input(accountVersionInput).mutation(async ({ ctx, input }) => {
    const reset = await withActor(ctx.db, auditActorOf(ctx.profile, 'Cấp lại mật khẩu tạm thời'), (trx) =>
      resetAccountPassword(trx, ctx.actor, input, {
        today: todayOf(ctx),
        makePassword: makeTemporaryPassword,
      }),
    );
    return { account: await detail(ctx, input.accountId), temporaryPassword: reset.temporaryPassword };
  }),

  /** Every account of a ceased unit, moved to one of its successors in one step (audited per account). */
  moveToSuccessor: MANAGE.input(accountsMoveInput).mutation(async ({ ctx, input }) => {
    const moved = await withActor(
      ctx.db,
      auditActorOf(ctx.profile, 'Chuyển tài khoản sang đơn vị kế thừa'),
      (trx) => moveAccountsToSuccessor(trx, ctx.actor, input, todayOf(ctx)),
    );
    return { moved };
  }),

  import: accountImportRouter,
});
