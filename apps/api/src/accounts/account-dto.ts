import type { ManagedAccount } from '@kiemtra/db';
import { ROLE_LABELS, unitHasCeased } from '@kiemtra/domain';

/** What the portal reads of an account: never its password hash; ceased units flagged as at `today`. */
export function toAccountDto(a: ManagedAccount, today: string) {
  return {
    id: a.id,
    username: a.username,
    fullName: a.fullName,
    email: a.email,
    position: a.position,
    orgUnit: {
      id: a.orgUnitId,
      name: a.orgUnitName,
      ceased: unitHasCeased({ validTo: a.orgUnitValidTo }, today),
    },
    actingUnit:
      a.actingUnitId === null
        ? null
        : {
            id: a.actingUnitId,
            name: a.actingUnitName ?? '',
            ceased: unitHasCeased({ validTo: a.actingUnitValidTo }, today),
          },
    roles: a.roles,
    roleLabels: a.roles.map((r) => ROLE_LABELS[r]),
    active: a.active,
    version: a.version,
    createdAt: a.createdAt.toISOString(),
  };
}
export type AccountDto = ReturnType<typeof toAccountDto>;

/** Whether the unit an account works in or acts for has ceased: the account needs the administrator. */
export const unitCeasedOf = (a: AccountDto): boolean => a.orgUnit.ceased || a.actingUnit?.ceased === true;
