import {
  type Database,
  endSessionsOf,
  findManagedAccount,
  findRegisterUnit,
  insertManagedAccounts,
  lockActiveSystemAdmins,
  type ManagedAccount,
  setAccountRoles,
  takenUsernames,
  updateAccountAt,
} from '@kiemtra/db';
import {
  type AccountFields,
  type Actor,
  checkAccountRoles,
  checkNotOwnAccount,
  checkSystemAdminRemains,
  DomainError,
  type PlanningIssue,
  unitHasCeased,
} from '@kiemtra/domain';
import type { Transaction } from 'kysely';
import { hashPassword } from '../auth/password.js';
import { conflict, refusal } from '../trpc/errors.js';
import { authorize } from '../trpc/init.js';
import type { MakeTemporaryPassword } from './temporary-password.js';

type Trx = Transaction<Database>;

/** The account, if it is one the actor may manage: another province's is refused by the policy. */
export async function managedAccount(
  db: Trx | Parameters<typeof findManagedAccount>[0],
  actor: Actor,
  accountId: string,
  today: string,
): Promise<ManagedAccount> {
  const account = await findManagedAccount(db, accountId, today);
  if (!account) throw new DomainError('NOT_FOUND', 'Không tìm thấy tài khoản.');
  authorize(actor, 'account.manage', { tenantId: account.tenantId });
  return account;
}

/**
 * The units an account names exist in the actor's province and exist today (a unit kept from
 * before, though ceased, may stay while the administrator edits something else); roles agree.
 */
async function checkFields(
  trx: Trx,
  tenantId: string,
  fields: Omit<AccountFields, 'username'>,
  today: string,
  kept: ReadonlySet<string> = new Set(),
) {
  const issues: PlanningIssue[] = [...checkAccountRoles(fields)];
  const unitIssue = async (unitId: string | null, field: string, what: string) => {
    if (unitId === null) return;
    const unit = await findRegisterUnit(trx, tenantId, unitId);
    if (!unit)
      issues.push({
        code: 'unit_not_found',
        message: `Không có ${what} này trong danh mục của tỉnh.`,
        field,
      });
    else if (!kept.has(unitId) && (unitHasCeased(unit, today) || unit.validFrom > today))
      issues.push({
        code: 'unit_not_current',
        message: `${what[0]?.toUpperCase()}${what.slice(1)} không còn (hoặc chưa) hoạt động hôm nay; hãy chọn một đơn vị đang hoạt động.`,
        field,
      });
  };
  await unitIssue(fields.orgUnitId, 'orgUnitId', 'đơn vị công tác');
  await unitIssue(fields.actingUnitId, 'actingUnitId', 'đơn vị đại diện');
  if (issues.length > 0) throw refusal(issues, 'INVALID_INPUT');
}

export const usernameTakenIssue = (username: string) => ({
  code: 'username_taken',
  message: `Tên đăng nhập ${username} đã có tài khoản; hãy chọn tên khác. (Nếu bạn vừa gửi lại biểu mẫu, tài khoản đã được tạo: xem danh sách tài khoản.)`,
  field: 'username',
});

/** Creates an account with a temporary password, returned once; a taken username is refused beside its field. */
export async function createAccount(
  trx: Trx,
  tenantId: string,
  input: AccountFields,
  deps: { today: string; makePassword: MakeTemporaryPassword },
): Promise<{ id: string; temporaryPassword: string }> {
  await checkFields(trx, tenantId, input, deps.today);
  if ((await takenUsernames(trx, [input.username])).size > 0)
    throw refusal([usernameTakenIssue(input.username)], 'INVALID_INPUT');
  const temporaryPassword = deps.makePassword({ username: input.username });
  const [id] = await insertManagedAccounts(trx, tenantId, [
    { ...input, passwordHash: await hashPassword(temporaryPassword) },
  ]);
  if (id === undefined) throw new Error('the account was not inserted');
  return { id, temporaryPassword };
}

const versionOrConflict = (saved: boolean) => {
  if (!saved) throw conflict('Tài khoản');
};

/** Edits an account at the version read; the province keeps an active system administrator. */
export async function updateAccount(
  trx: Trx,
  actor: Actor,
  input: Omit<AccountFields, 'username'> & { accountId: string; expectedVersion: number },
  today: string,
): Promise<void> {
  const account = await managedAccount(trx, actor, input.accountId, today);
  const kept = new Set([account.orgUnitId, account.actingUnitId ?? account.orgUnitId]);
  await checkFields(trx, account.tenantId, input, today, kept);
  const admins = await lockActiveSystemAdmins(trx, account.tenantId);
  const lastAdmin = checkSystemAdminRemains(admins, {
    id: account.id,
    active: account.active,
    roles: input.roles,
  });
  if (lastAdmin) throw refusal([lastAdmin]);
  versionOrConflict(await updateAccountAt(trx, account.id, input.expectedVersion, { values: input }));
  await setAccountRoles(trx, account.id, input.roles);
}

/** Deactivates an account and ends its sessions at once; its past acts stay in the audit log under its id. */
export async function deactivateAccount(
  trx: Trx,
  actor: Actor,
  input: { accountId: string; expectedVersion: number },
  today: string,
): Promise<void> {
  const account = await managedAccount(trx, actor, input.accountId, today);
  const admins = await lockActiveSystemAdmins(trx, account.tenantId);
  const lastAdmin = checkSystemAdminRemains(admins, { id: account.id, active: false, roles: account.roles });
  if (lastAdmin) throw refusal([lastAdmin]);
  const own = checkNotOwnAccount(actor.id, account.id);
  if (own) throw refusal([own]);
  versionOrConflict(await updateAccountAt(trx, account.id, input.expectedVersion, { active: false }));
  await endSessionsOf(trx, account.id);
}

export async function reactivateAccount(
  trx: Trx,
  actor: Actor,
  input: { accountId: string; expectedVersion: number },
  today: string,
): Promise<void> {
  const account = await managedAccount(trx, actor, input.accountId, today);
  versionOrConflict(await updateAccountAt(trx, account.id, input.expectedVersion, { active: true }));
}

/** A new temporary password, shown once; every session of the account ends. */
export async function resetAccountPassword(
  trx: Trx,
  actor: Actor,
  input: { accountId: string; expectedVersion: number },
  deps: { today: string; makePassword: MakeTemporaryPassword },
): Promise<{ temporaryPassword: string; username: string }> {
  const account = await managedAccount(trx, actor, input.accountId, deps.today);
  const temporaryPassword = deps.makePassword({ username: account.username });
  versionOrConflict(
    await updateAccountAt(trx, account.id, input.expectedVersion, {
      passwordHash: await hashPassword(temporaryPassword),
    }),
  );
  await endSessionsOf(trx, account.id);
  return { temporaryPassword, username: account.username };
}
