import { describe, expect, it } from 'vitest';
import { returnPath, signInHref } from './sign-in-return';

describe('the page asked for survives signing in', () => {
  it('remembers the path and query of a signed-out visit', () => {
    expect(signInHref(new URL('http://x/bao-cao/1?phan=II'))).toBe(
      '/dang-nhap?sau=%2Fbao-cao%2F1%3Fphan%3DII',
    );
    expect(signInHref(new URL('http://x/'))).toBe('/dang-nhap');
  });

  it('returns to a path of the portal', () => {
    expect(returnPath('/bao-cao/1?phan=II')).toBe('/bao-cao/1?phan=II');
  });

  it('never sends anyone to another site or back to the sign-in page', () => {
    for (const raw of [
      '//evil.example/x',
      'https://evil.example',
      '/\\evil.example',
      'bao-cao',
      '/dang-nhap?sau=/x',
      null,
      '',
    ]) {
      expect(returnPath(raw)).toBe('/');
    }
  });
});
