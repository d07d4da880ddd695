import { describe, expect, it } from 'vitest';
import {
  decideSignIn,
  SIGN_IN_THROTTLE,
  type SignInFacts,
  signInDelaySeconds,
  signInWindowStart,
} from './sign-in-throttle.js';

const NOW = new Date('2024-05-07T10:15:00Z');
const secondsAgo = (s: number) => new Date(NOW.getTime() - s * 1000);
const facts = (overrides: Partial<SignInFacts> = {}): SignInFacts => ({
  now: NOW,
  pair: { failures: 0, lastAt: null },
  knownAddress: true,
  unknownAddresses: { failures: 0, lastAt: null },
  address: { failures: 0 },
  ...overrides,
});

describe('decideSignIn', () => {
  it('lets the first free failures of a pair through at once', () => {
    const pair = { failures: SIGN_IN_THROTTLE.freeFailuresPerPair - 1, lastAt: NOW };
    expect(decideSignIn(facts({ pair }))).toEqual({ allowed: true });
  });

  it('makes each further try from the same address wait twice as long as the last', () => {
    const free = SIGN_IN_THROTTLE.freeFailuresPerPair;
    expect(decideSignIn(facts({ pair: { failures: free, lastAt: NOW } }))).toEqual({
      allowed: false,
      retryAt: new Date(NOW.getTime() + 2000),
    });
    expect(decideSignIn(facts({ pair: { failures: free + 2, lastAt: NOW } }))).toEqual({
      allowed: false,
      retryAt: new Date(NOW.getTime() + 8000),
    });
    expect(decideSignIn(facts({ pair: { failures: free, lastAt: secondsAgo(3) } }))).toEqual({
      allowed: true,
    });
    expect(signInDelaySeconds(40)).toBe(SIGN_IN_THROTTLE.maxDelaySeconds);
  });

  it('does not lock the owner out from a known address, however many failures come from elsewhere', () => {
    const flood = { failures: 10_000, lastAt: NOW };
    expect(decideSignIn(facts({ unknownAddresses: flood, knownAddress: true }))).toEqual({ allowed: true });
    expect(decideSignIn(facts({ unknownAddresses: flood, knownAddress: false })).allowed).toBe(false);
  });

  it('slows guesses spread over unknown addresses past their free failures', () => {
    const free = SIGN_IN_THROTTLE.freeFailuresFromUnknownAddresses;
    const below = { failures: free - 1, lastAt: NOW };
    expect(decideSignIn(facts({ knownAddress: false, unknownAddresses: below }))).toEqual({ allowed: true });
    const at = { failures: free, lastAt: secondsAgo(1) };
    expect(decideSignIn(facts({ knownAddress: false, unknownAddresses: at }))).toEqual({
      allowed: false,
      retryAt: new Date(NOW.getTime() + 1000),
    });
  });

  it('refuses an address that failed across many accounts for the window', () => {
    const decision = decideSignIn(facts({ address: { failures: SIGN_IN_THROTTLE.maxFailuresPerAddress } }));
    expect(decision).toEqual({ allowed: false, retryAt: new Date(NOW.getTime() + 15 * 60_000) });
  });

  it('counts failures over the last 15 minutes', () => {
    expect(signInWindowStart(NOW).toISOString()).toBe('2024-05-07T10:00:00.000Z');
  });
});
