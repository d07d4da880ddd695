/**
 * The headers every portal answer carries (issue 18) besides SvelteKit's Content-Security-Policy:
 * no MIME sniffing, no framing (for browsers that ignore frame-ancestors), no referrer sent to
 * other sites, HSTS over https; and a signed-in page is never stored, so that Back after
 * sign-out cannot show the previous person's page.
 */
export function securityHeaders(options: { https: boolean; signedIn: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'same-origin',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  };
  if (options.https) headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
  if (options.signedIn) headers['cache-control'] = 'no-store';
  return headers;
}
