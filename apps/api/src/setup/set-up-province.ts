import {
  type Database,
  findUserByUsername,
  insertAccount,
  insertRegisterUnit,
  insertTenant,
  tenantExists,
  withActor,
} from '@kiemtra/db';
import {
  DomainError,
  generateTemporaryPassword,
  type ProvinceSetupInput,
  provinceSetupInput,
  provinceSetupOf,
  unitCodeFor,
} from '@kiemtra/domain';
import { type Kysely, sql } from 'kysely';

export interface ProvinceSetUp {
  tenantId: string;
  committeeUnitId: string;
  homeAffairsUnitId: string;
  username: string;
  /** Shown once, to be changed at first sign-in; only its hash is stored. */
  temporaryPassword: string;
}

/**
 * Creates a province: its tenant (the place its documents print), its People's Committee as the
 * root of the register, Sở Nội vụ under it, and its first system administrator with a temporary
 * password that must be changed at first sign-in. Refuses a second province with the same code
 * and a username already taken. One transaction, attributed to the set-up in the audit log.
 */
export async function setUpProvince(
  db: Kysely<Database>,
  raw: ProvinceSetupInput,
  deps: { hashPassword(password: string): Promise<string> },
): Promise<ProvinceSetUp> {
  const setup = provinceSetupOf(provinceSetupInput.parse(raw));
  const { tenant, admin } = setup;
  const temporaryPassword = generateTemporaryPassword({ username: admin.username });
  const passwordHash = await deps.hashPassword(temporaryPassword);
  const actor = {
    kind: 'system' as const,
    id: null,
    name: 'Thiết lập tỉnh (pnpm kiemtra setup)',
    tenantId: tenant.id,
  };

  return withActor(db, actor, async (trx) => {
    // Two set-ups of the same code at once: the second waits, then sees the first's tenant.
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`kiemtra.setup:${tenant.id}`}))`.execute(trx);
    if (await tenantExists(trx, tenant.id)) {
      throw new DomainError(
        'CONFLICT',
        `Đã có tỉnh mã "${tenant.id}": mỗi tỉnh chỉ được thiết lập một lần. Không có thay đổi nào được lưu.`,
      );
    }
    if (await findUserByUsername(trx, admin.username)) {
      throw new DomainError(
        'CONFLICT',
        `Tên đăng nhập "${admin.username}" đã được dùng; hãy chọn tên khác. Không có thay đổi nào được lưu.`,
      );
    }
    await insertTenant(trx, tenant);
    const unit = (
      name: string,
      shortName: string,
      kind: 'province' | 'department',
      parentId: string | null,
    ) =>
      insertRegisterUnit(trx, {
        tenantId: tenant.id,
        requestId: null,
        code: unitCodeFor(name, new Set()),
        name,
        shortName,
        kind,
        communeType: null,
        adminCode: null,
        electronicId: null,
        parentId,
        validFrom: setup.validFrom,
      });
    const committeeUnitId = await unit(setup.committee.name, setup.committee.shortName, 'province', null);
    const homeAffairsUnitId = await unit(
      setup.homeAffairs.name,
      setup.homeAffairs.shortName,
      'department',
      committeeUnitId,
    );
    await insertAccount(trx, {
      tenantId: tenant.id,
      orgUnitId: homeAffairsUnitId,
      username: admin.username,
      fullName: admin.fullName,
      position: admin.position,
      passwordHash,
      mustChangePassword: true,
      roles: ['system_admin'],
    });
    return {
      tenantId: tenant.id,
      committeeUnitId,
      homeAffairsUnitId,
      username: admin.username,
      temporaryPassword,
    };
  });
}
