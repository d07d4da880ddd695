import { findManagedAccount } from '@kiemtra/db';
import { todayInVietnam, toIsoDate } from '@kiemtra/domain';
import { toAccountDto } from '../../accounts/account-dto.js';
import { authedProcedure, router } from '../init.js';

export const profileRouter = router({
  /**
   * The units of the signed-in person's own account that have ceased (issue 11: flagged on their
   * home page), so that they ask the system administrator to move the account.
   */
  ceasedUnits: authedProcedure.query(async ({ ctx }) => {
    if (ctx.actor.kind !== 'user') return { units: [] };
    const today = toIsoDate(todayInVietnam(ctx.clock.now()));
    const account = await findManagedAccount(ctx.db, ctx.actor.id, today);
    if (!account) return { units: [] };
    const dto = toAccountDto(account, today);
    const units = [
      ...(dto.orgUnit.ceased ? [{ id: dto.orgUnit.id, name: dto.orgUnit.name, as: 'work' as const }] : []),
      ...(dto.actingUnit?.ceased && dto.actingUnit.id !== dto.orgUnit.id
        ? [{ id: dto.actingUnit.id, name: dto.actingUnit.name, as: 'acting' as const }]
        : []),
    ];
    return { units };
  }),
});
