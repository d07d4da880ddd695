import { type Database, findPasswordHash, setOwnPassword, withActor } from '@kiemtra/db';
import {
  type ChangeOwnPasswordInput,
  checkPasswordPolicy,
  DomainError,
  WRONG_CURRENT_PASSWORD_MESSAGE,
} from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import { auditActorOf } from '../trpc/audit-actor.js';
import { refusal } from '../trpc/errors.js';
import { hashPassword, verifyPassword } from './password.js';
import type { ActorProfile } from './resolve-actor.js';
import { hashToken } from './tokens.js';

/**
 * A person changes their own password: the current one is checked, the new one must satisfy the
 * policy; it is no longer temporary, and every other session of the account ends (the one in use
 * stays signed in).
 */
export async function changeOwnPassword(
  deps: { db: Kysely<Database>; clock: Clock },
  who: { profile: ActorProfile; sessionToken: string | null },
  input: ChangeOwnPasswordInput,
): Promise<{ changedAt: Date }> {
  const { actor } = who.profile;
  if (actor.kind !== 'user') {
    throw new DomainError(
      'FORBIDDEN',
      'Hệ thống kết nối đăng nhập bằng mã truy cập, không có mật khẩu để đổi.',
    );
  }
  const currentHash = await findPasswordHash(deps.db, actor.id);
  if (currentHash === null || !(await verifyPassword(currentHash, input.currentPassword))) {
    // A 400 beside the field, not a 401: the person is signed in, only the field is wrong.
    throw refusal(
      [{ code: 'wrong_current_password', message: WRONG_CURRENT_PASSWORD_MESSAGE, field: 'currentPassword' }],
      'INVALID_INPUT',
    );
  }
  const check = checkPasswordPolicy(input.newPassword, {
    username: who.profile.username,
    field: 'newPassword',
  });
  if (!check.ok) throw refusal(check.issues, 'INVALID_INPUT');

  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.clock.now();
  await withActor(deps.db, auditActorOf(who.profile), (trx) =>
    setOwnPassword(trx, {
      userId: actor.id,
      passwordHash,
      now,
      currentSessionHash: who.sessionToken ? hashToken(who.sessionToken) : null,
    }),
  );
  return { changedAt: now };
}
