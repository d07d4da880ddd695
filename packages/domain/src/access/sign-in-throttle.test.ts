import { describe, expect, it } from 'vitest';
import { mayAttemptSignIn, SIGN_IN_THROTTLE, signInWindowStart } from './sign-in-throttle.js';

describe('mayAttemptSignIn', () => {
  it('allows attempts below both limits', () => {
    expect(mayAttemptSignIn({ byUsername: SIGN_IN_THROTTLE.maxFailuresPerUsername - 1, byIp: 0 })).toBe(true);
  });
  it('refuses once one account has failed too often', () => {
    expect(mayAttemptSignIn({ byUsername: SIGN_IN_THROTTLE.maxFailuresPerUsername, byIp: 0 })).toBe(false);
  });
  it('refuses once one address has failed too often, across accounts', () => {
    expect(mayAttemptSignIn({ byUsername: 0, byIp: SIGN_IN_THROTTLE.maxFailuresPerAddress })).toBe(false);
  });
  it('counts failures over the last 15 minutes', () => {
    expect(signInWindowStart(new Date('2024-05-07T10:15:00Z')).toISOString()).toBe(
      '2024-05-07T10:00:00.000Z',
    );
  });
});
