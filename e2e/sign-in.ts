import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'kiemtra2024';

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  // Wait for the form to hydrate: typing into the server-rendered form before that can be reset.
  await page.goto('/dang-nhap', { waitUntil: 'networkidle' });
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).not.toHaveURL(/dang-nhap/);
}
