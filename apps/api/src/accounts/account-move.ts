import { type Database, findRegisterUnit, loadSuccessions, moveAccountsToUnit } from '@kiemtra/db';
import { type Actor, checkAccountsMove, DomainError } from '@kiemtra/domain';
import type { Transaction } from 'kysely';
import { refusal } from '../trpc/errors.js';

/**
 * Moves every account of a ceased unit to one of its successors in one step (the 2025 reform: a
 * merged commune's officers carry on at the new commune). Returns how many accounts moved.
 */
export async function moveAccountsToSuccessor(
  trx: Transaction<Database>,
  actor: Actor,
  input: { fromUnitId: string; toUnitId: string },
  today: string,
): Promise<number> {
  const [from, to, successions] = await Promise.all([
    findRegisterUnit(trx, actor.tenantId, input.fromUnitId),
    findRegisterUnit(trx, actor.tenantId, input.toUnitId),
    loadSuccessions(trx, actor.tenantId),
  ]);
  if (!from || !to) throw new DomainError('NOT_FOUND', 'Không tìm thấy đơn vị trong danh mục của tỉnh.');
  const issues = checkAccountsMove({
    from,
    fromUnitId: from.id,
    toUnitId: to.id,
    toName: to.name,
    successions,
    today,
  });
  if (issues.length > 0) throw refusal(issues);
  return moveAccountsToUnit(trx, actor.tenantId, from.id, to.id);
}
