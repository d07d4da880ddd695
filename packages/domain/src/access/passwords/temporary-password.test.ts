import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy } from './password-policy.js';
import { generateTemporaryPassword, type RandomBytes } from './temporary-password.js';

/** Plays the given bytes in order, then again from the start. */
const fresh = (values: readonly number[]): RandomBytes => {
  let at = 0;
  return (bytes) => {
    for (let i = 0; i < bytes.length; i++) bytes[i] = values[at++ % values.length] ?? 0;
    return bytes;
  };
};

describe('generateTemporaryPassword', () => {
  it('gives four groups of four characters, none of them easy to misread', () => {
    const password = generateTemporaryPassword({ username: 'quantri' });
    expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{4}(-[a-km-zA-HJ-NP-Z2-9]{4}){3}$/);
    expect(password).not.toMatch(/[0O1lI]/);
  });

  it('satisfies the password policy', () => {
    for (let i = 0; i < 200; i++) {
      expect(
        checkPasswordPolicy(generateTemporaryPassword({ username: 'quantri' }), { username: 'quantri' }),
      ).toEqual({ ok: true });
    }
  });

  it('is not the same twice', () => {
    const drawn = new Set(Array.from({ length: 100 }, () => generateTemporaryPassword({ username: null })));
    expect(drawn.size).toBe(100);
  });

  it('reads the characters from the random bytes it is given', () => {
    // 0 → 'a', 1 → 'b', 2 → 'c', … 5 → 'f'
    expect(generateTemporaryPassword({ username: null }, fresh([0, 1, 2, 3, 4, 5]))).toBe(
      'abcd-efab-cdef-abcd',
    );
  });

  it('draws again a byte past the last whole multiple of the alphabet, so no character is likelier', () => {
    // 56 characters: 256 - 256 % 56 = 224; bytes 224–255 are skipped.
    expect(generateTemporaryPassword({ username: null }, fresh([224, 255, 0, 1, 2, 3, 4]))).toBe(
      'abcd-eabc-deab-cdea',
    );
  });

  it('draws again the whole password when the policy refuses it (here: the username inside)', () => {
    // The first draw spells "abcd-abcd-abcd-abcd" and the username is "abcd"; the second starts at 'e'.
    const first = [0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3];
    const second = Array.from({ length: 16 }, (_, i) => 4 + i);
    expect(generateTemporaryPassword({ username: 'abcd' }, fresh([...first, ...second]))).toBe(
      'efgh-ijkm-npqr-stuv',
    );
  });

  it('always satisfies the policy, whatever the random bytes and the username', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 0x7fffffff }),
        fc.string({ minLength: 1, maxLength: 12 }),
        (seed, username) => {
          const password = generateTemporaryPassword({ username }, xorshift(seed));
          expect(checkPasswordPolicy(password, { username }).ok).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** A seeded pseudo-random source (xorshift32), so a failing case can be replayed. */
function xorshift(seed: number): RandomBytes {
  let state = seed;
  return (bytes) => {
    for (let i = 0; i < bytes.length; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      bytes[i] = state & 0xff;
    }
    return bytes;
  };
}
