import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

// Issue 18, "Web security": the portal's headers, and Back after sign-out.
test('the sign-in page cannot be framed and runs only the scripts SvelteKit put there', async ({ page }) => {
  const answer = await page.goto('/dang-nhap');
  const headers = answer?.headers() ?? {};
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' ('nonce-[^']+'|'sha256-[^']+')/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  // The page still works under its policy: no script was refused.
  const refused: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await signIn(page, 'sct');
  expect(refused).toEqual([]);
});

test('a signed-in page is never stored, so Back after sign-out shows no one’s page', async ({ page }) => {
  await signIn(page, 'sct');
  const home = await page.goto('/');
  expect(home?.headers()['cache-control']).toBe('no-store');
  await expect(page.getByText('Huỳnh Thị Lan').first()).toBeVisible();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/dang-nhap/);
  await page.goBack();
  await expect(page.getByText('Huỳnh Thị Lan')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
});
