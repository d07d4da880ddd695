import {
  countFailedSignIns,
  createSession,
  type Database,
  deleteExpiredSessions,
  findUserByUsername,
  recordSignInAttempt,
  type UserAccount,
} from '@kiemtra/db';
import {
  DomainError,
  mayAttemptSignIn,
  SIGN_IN_FAILED_MESSAGE,
  SIGN_IN_RATE_LIMITED_MESSAGE,
  type SignInInput,
  signInWindowStart,
} from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import { DUMMY_HASH_PROMISE, verifyPassword } from './password.js';
import { hashToken, newToken } from './tokens.js';

export interface SignInResult {
  token: string;
  expiresAt: Date;
  user: UserAccount;
}

/**
 * Checks the password and opens a session. Both a wrong username and a wrong password answer the
 * same message after the same work, so a failure never tells which one was wrong.
 */
export async function signIn(
  deps: { db: Kysely<Database>; clock: Clock; sessionTtlHours: number },
  input: SignInInput & { clientIp: string },
): Promise<SignInResult> {
  const { db, clock } = deps;
  const now = clock.now();
  const failures = await countFailedSignIns(db, {
    username: input.username,
    clientIp: input.clientIp,
    since: signInWindowStart(now),
  });
  if (!mayAttemptSignIn(failures)) throw new DomainError('RATE_LIMITED', SIGN_IN_RATE_LIMITED_MESSAGE);

  const user = await findUserByUsername(db, input.username);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH_PROMISE), input.password);
  const succeeded = user?.active === true && passwordOk;
  await recordSignInAttempt(db, { username: input.username, clientIp: input.clientIp, succeeded, at: now });
  if (!user || !succeeded) throw new DomainError('UNAUTHENTICATED', SIGN_IN_FAILED_MESSAGE);

  const token = newToken();
  const expiresAt = new Date(now.getTime() + deps.sessionTtlHours * 3_600_000);
  await deleteExpiredSessions(db, now);
  await createSession(db, { tokenHash: hashToken(token), userId: user.id, expiresAt });
  return { token, expiresAt, user };
}
