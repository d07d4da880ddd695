import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'kiemtra2024';

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  // The journeys act on an interactive page (typing earlier is covered by sign-in-form.spec.ts).
  await page.goto('/dang-nhap', { waitUntil: 'networkidle' });
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await expect(page.getByLabel('Tên đăng nhập')).toHaveValue(username);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).not.toHaveURL(/dang-nhap/);
}
