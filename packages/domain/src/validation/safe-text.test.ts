import { describe, expect, it } from 'vitest';
import { signInInput } from './auth.schemas.js';
import { findUnsafeText, isSafeText, safeString, UNSAFE_TEXT_MESSAGE } from './safe-text.js';

describe('safe text (issue 18)', () => {
  it('refuses a NUL byte and a lone surrogate, keeps Vietnamese and emoji', () => {
    expect(isSafeText('Sở Nội vụ 👍')).toBe(true);
    expect(isSafeText('a\u0000b')).toBe(false);
    expect(isSafeText('a\uD800b')).toBe(false);
    expect(isSafeText('\uDC00')).toBe(false);
    const parsed = safeString().safeParse('x\u0000');
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(UNSAFE_TEXT_MESSAGE);
  });

  it('is used by the sign-in form', () => {
    const parsed = signInInput.safeParse({ username: 'a\u0000b', password: 'x' });
    expect(parsed.error?.issues[0]?.message).toBe(UNSAFE_TEXT_MESSAGE);
  });

  it('finds the first unsafe string anywhere in an input, keys included', () => {
    expect(findUnsafeText({ a: ['ok', 'x\u0000'] })).toBe('a.1');
    expect(findUnsafeText(Object.fromEntries([['k\uD800', 1]]))).toBe('k\uD800');
    expect(findUnsafeText({ a: 1, b: [true, null, new Date(0)] })).toBeNull();
  });
});
