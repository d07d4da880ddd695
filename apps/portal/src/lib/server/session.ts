import type { Cookies } from '@sveltejs/kit';

/** The API's session cookie; the portal sets it on its own origin and forwards it to the API. */
export const SESSION_COOKIE = 'kiemtra_session';

/** Sets the session cookie: httpOnly and SameSite=Lax; Secure only over HTTPS, so that plain-HTTP local runs work. */
export function setSessionCookie(cookies: Cookies, url: URL, token: string, expires: Date): void {
  cookies.set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: url.protocol === 'https:',
    expires,
  });
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
  cookies.delete(SESSION_COOKIE, { path: '/', secure: url.protocol === 'https:' });
}
