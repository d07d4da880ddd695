import { expect, test } from './fixtures.js';
import { DEMO_PASSWORD } from './sign-in';

// On a slow connection people type before the page's scripts have loaded; hydration must keep it.
test('what is typed before the page is interactive survives hydration', async ({ page }) => {
  let releaseScripts: () => void = () => {};
  const scriptsHeld = new Promise<void>((resolve) => {
    releaseScripts = resolve;
  });
  await page.route('**/_app/immutable/**/*.js', async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.goto('/dang-nhap', { waitUntil: 'commit' });
  await page.getByLabel('Tên đăng nhập').fill('thanhvien');
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);

  releaseScripts();
  await page.waitForLoadState('networkidle');
  await expect(page.getByLabel('Tên đăng nhập')).toHaveValue('thanhvien');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).not.toHaveURL(/dang-nhap/);
});
