/** The query parameter that carries the page asked for through the sign-in page. */
export const RETURN_PARAM = 'sau';

/**
 * The sign-in page's address for a signed-out visit to `url`, remembering the page asked for.
 * @example signInHref(new URL('http://x/bao-cao/1?phan=II')) // '/dang-nhap?sau=%2Fbao-cao%2F1%3Fphan%3DII'
 */
export function signInHref(url: URL): string {
  const asked = `${url.pathname}${url.search}`;
  return asked === '/' ? '/dang-nhap' : `/dang-nhap?${RETURN_PARAM}=${encodeURIComponent(asked)}`;
}

/**
 * Where to go after signing in: the page asked for when it is a path of this portal, the home
 * page otherwise (never another site: '//host' and 'https:' are refused, nor the sign-in page).
 * @example returnPath('/bao-cao/1') // '/bao-cao/1'
 * @example returnPath('//evil.example') // '/'
 */
export function returnPath(raw: string | null): string {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return '/';
  const url = new URL(raw, 'http://portal.invalid');
  if (url.origin !== 'http://portal.invalid' || url.pathname.startsWith('/dang-nhap')) return '/';
  return `${url.pathname}${url.search}`;
}
