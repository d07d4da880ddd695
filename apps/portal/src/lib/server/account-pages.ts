import { error } from '@sveltejs/kit';
import { canManageAccounts } from '$lib/accounts/account-form';
import type { SignedInUser } from '$lib/api-types';
import { todayInVietnamIso } from '$lib/format';
import type { createApi } from './api';
import { fromApi } from './api-error';

/** The accounts pages are the system administrator's: anyone else is told so (the API refuses too). */
export async function accountManager(event: {
  parent: () => Promise<{ user: SignedInUser }>;
}): Promise<SignedInUser> {
  const { user } = await event.parent();
  if (!canManageAccounts(user)) error(403, 'Bạn không có quyền quản lý tài khoản người dùng.');
  return user;
}

/** The units existing today, for an account's unit: a new account never joins a unit that has ceased. */
export async function currentUnits(
  api: ReturnType<typeof createApi>,
): Promise<{ id: string; name: string }[]> {
  const register = await fromApi(api.orgUnits.register.query({ asAt: todayInVietnamIso(new Date()) }));
  return register.units.map((u) => ({ id: u.id, name: u.name }));
}
