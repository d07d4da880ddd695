/**
 * How long a session lives (issue 18): besides its absolute lifetime (SESSION_TTL_HOURS), it ends
 * after an hour unused, and an account keeps at most ten (the oldest end first), so that a session
 * left open on a shared computer, or stolen, does not last.
 */
export const SESSION_LIMITS = { idleMinutes: 60, maxPerAccount: 10 } as const;

/** Sessions last used before this instant have ended. */
export const sessionIdleSince = (now: Date): Date =>
  new Date(now.getTime() - SESSION_LIMITS.idleMinutes * 60_000);
