import {
  createSession,
  type Database,
  deleteExpiredSessions,
  findUserByUsername,
  markSignInSucceeded,
  reserveSignInAttempt,
  type UserAccount,
} from '@kiemtra/db';
import {
  DomainError,
  decideSignIn,
  SESSION_LIMITS,
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
 * Checks the password and opens a session. The throttle decides first, in the database, one
 * attempt of an account at a time (so neither a batch nor 200 parallel requests get more checks
 * than it allows). Both a wrong username and a wrong password answer the same message after the
 * same work, so a failure never tells which one was wrong.
 */
export async function signIn(
  deps: { db: Kysely<Database>; clock: Clock; sessionTtlHours: number },
  input: SignInInput & { clientIp: string },
): Promise<SignInResult> {
  const { db, clock } = deps;
  const now = clock.now();
  const attemptId = await reserveSignInAttempt(
    db,
    { username: input.username, clientIp: input.clientIp, at: now, since: signInWindowStart(now) },
    (facts) => decideSignIn({ ...facts, now }).allowed,
  );
  if (attemptId === null) throw new DomainError('RATE_LIMITED', SIGN_IN_RATE_LIMITED_MESSAGE);

  const user = await findUserByUsername(db, input.username);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH_PROMISE), input.password);
  if (user?.active !== true || !passwordOk) throw new DomainError('UNAUTHENTICATED', SIGN_IN_FAILED_MESSAGE);
  await markSignInSucceeded(db, attemptId);

  const token = newToken();
  const expiresAt = new Date(now.getTime() + deps.sessionTtlHours * 3_600_000);
  await deleteExpiredSessions(db, now);
  await createSession(db, {
    tokenHash: hashToken(token),
    userId: user.id,
    expiresAt,
    now,
    maxPerAccount: SESSION_LIMITS.maxPerAccount,
  });
  return { token, expiresAt, user };
}
