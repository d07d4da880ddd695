import { expect, test } from '@playwright/test';

// The portal's server (apps/portal/server.js) gzips pages and data, and the hashed assets are
// cached for a year (they change name when they change).
test('pages leave gzipped, hashed assets are cached for a year', async ({ request }) => {
  const page = await request.get('/dang-nhap', { headers: { 'accept-encoding': 'gzip' } });
  expect(page.status()).toBe(200);
  expect(page.headers()['content-encoding']).toBe('gzip');
  const html = await page.text();
  expect(html).toContain('Đăng nhập');

  const asset = html.match(/\/_app\/immutable\/[^"']+\.js/)?.[0];
  expect(asset, 'the page links a hashed script').toBeTruthy();
  const script = await request.get(asset ?? '', { headers: { 'accept-encoding': 'gzip, br' } });
  expect(script.status()).toBe(200);
  expect(script.headers()['cache-control']).toContain('max-age=31536000');
  expect(script.headers()['cache-control']).toContain('immutable');
  expect(['gzip', 'br']).toContain(script.headers()['content-encoding']);
});
