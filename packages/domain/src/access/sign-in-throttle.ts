/**
 * How sign-in guessing is slowed (issue 18). Failures count per account and address pair, so that
 * an attacker elsewhere cannot lock the owner out; past a few free tries each further one waits
 * twice as long as the last. Failures from addresses the account never signed in from also slow
 * every other unknown address (a guess spread over many machines), never a known one. One address
 * failing across many accounts is refused outright for the window.
 */
export const SIGN_IN_THROTTLE = {
  windowMinutes: 15,
  freeFailuresPerPair: 5,
  freeFailuresFromUnknownAddresses: 10,
  maxFailuresPerAddress: 50,
  firstDelaySeconds: 2,
  maxDelaySeconds: 15 * 60,
} as const;

/** What the database counted, in the window, before this attempt (each attempt counts as a failure until its password is right). */
export interface SignInFacts {
  now: Date;
  /** Failures of this account from this address since its last success there. */
  pair: { failures: number; lastAt: Date | null };
  /** Whether this account once signed in from this address. */
  knownAddress: boolean;
  /** Failures of this account from addresses it never signed in from. */
  unknownAddresses: { failures: number; lastAt: Date | null };
  /** Failures from this address, any account. */
  address: { failures: number };
}

export type SignInDecision = { allowed: true } | { allowed: false; retryAt: Date };

/** The wait after `extra` failures beyond the free ones: 2 s, 4 s, 8 s … at most 15 minutes. */
export function signInDelaySeconds(extra: number): number {
  if (extra <= 0) return 0;
  return Math.min(SIGN_IN_THROTTLE.firstDelaySeconds * 2 ** (extra - 1), SIGN_IN_THROTTLE.maxDelaySeconds);
}

const waitUntil = (lastAt: Date | null, extra: number): Date | null =>
  lastAt === null || extra <= 0 ? null : new Date(lastAt.getTime() + signInDelaySeconds(extra) * 1000);

/**
 * Whether this attempt's password may be checked at all, decided before it is.
 * @example decideSignIn({ now, pair: { failures: 5, lastAt: now }, knownAddress: true, unknownAddresses: { failures: 0, lastAt: null }, address: { failures: 5 } }) // { allowed: false, retryAt: now + 2 s }
 */
export function decideSignIn(facts: SignInFacts): SignInDecision {
  const { now } = facts;
  if (facts.address.failures >= SIGN_IN_THROTTLE.maxFailuresPerAddress) {
    return { allowed: false, retryAt: new Date(now.getTime() + SIGN_IN_THROTTLE.windowMinutes * 60_000) };
  }
  const waits = [
    waitUntil(facts.pair.lastAt, facts.pair.failures - SIGN_IN_THROTTLE.freeFailuresPerPair + 1),
  ];
  if (!facts.knownAddress) {
    const extra = facts.unknownAddresses.failures - SIGN_IN_THROTTLE.freeFailuresFromUnknownAddresses + 1;
    waits.push(waitUntil(facts.unknownAddresses.lastAt, extra));
  }
  const latest = waits.reduce<Date | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);
  return latest !== null && latest > now ? { allowed: false, retryAt: latest } : { allowed: true };
}

export const signInWindowStart = (now: Date): Date =>
  new Date(now.getTime() - SIGN_IN_THROTTLE.windowMinutes * 60_000);
