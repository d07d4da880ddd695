import { roleNeedsUnit } from '@kiemtra/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { SeedData } from './binh-dinh-2024/seed-types.js';
import { CodeMap } from './code-map.js';

/** The demo accounts and their roles. Returns user ids by username. */
export async function insertAccounts(
  trx: Transaction<Database>,
  data: SeedData,
  units: CodeMap,
  passwordHashes: ReadonlyMap<string, string>,
): Promise<CodeMap> {
  if (data.accounts.length === 0) return new CodeMap('tài khoản');
  const rows = await trx
    .insertInto('users')
    .values(
      data.accounts.map((a) => {
        const hash = passwordHashes.get(a.username);
        if (hash === undefined) throw new Error(`Thiếu mật khẩu đã băm của tài khoản "${a.username}"`);
        return {
          tenant_id: data.tenant.id,
          org_unit_id: units.id(a.unitCode),
          // The demo's unit officers act for the unit they work in.
          acting_org_unit_id: a.roles.some(roleNeedsUnit) ? units.id(a.unitCode) : null,
          username: a.username,
          full_name: a.fullName,
          position: a.position,
          password_hash: hash,
        };
      }),
    )
    .returning(['id', 'username'])
    .execute();
  const users = new CodeMap(
    'tài khoản',
    rows.map((r) => ({ code: r.username, id: r.id })),
  );
  const roles = data.accounts.flatMap((a) =>
    a.roles.map((role) => ({ user_id: users.id(a.username), role })),
  );
  if (roles.length > 0) await trx.insertInto('user_roles').values(roles).execute();
  return users;
}
