/** How many failed sign-ins are tolerated in the window before further attempts are refused. */
export const SIGN_IN_THROTTLE = {
  windowMinutes: 15,
  maxFailuresPerUsername: 5,
  maxFailuresPerAddress: 20,
} as const;

/**
 * Whether a new sign-in attempt may be checked at all, given the failures already counted in the
 * window. Refusing before the password is checked keeps guessing slow for one account and for one address.
 */
export function mayAttemptSignIn(failures: { byUsername: number; byIp: number }): boolean {
  return (
    failures.byUsername < SIGN_IN_THROTTLE.maxFailuresPerUsername &&
    failures.byIp < SIGN_IN_THROTTLE.maxFailuresPerAddress
  );
}

export const signInWindowStart = (now: Date): Date =>
  new Date(now.getTime() - SIGN_IN_THROTTLE.windowMinutes * 60_000);
