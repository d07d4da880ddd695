import { type Database, loadRegister } from '@kiemtra/db';
import type { Kysely } from 'kysely';

export interface UnitCodes {
  code: string | null;
  adminCode: string | null;
  electronicId: string | null;
}

/** Each unit's official codes, for answers that name units by id (results, outlines). */
export async function unitCodesOf(db: Kysely<Database>, tenantId: string) {
  const register = await loadRegister(db, tenantId);
  const codes = new Map(
    register.rows.map((u) => [u.id, { code: u.code, adminCode: u.adminCode, electronicId: u.electronicId }]),
  );
  return (unitId: string): UnitCodes =>
    codes.get(unitId) ?? { code: null, adminCode: null, electronicId: null };
}
