import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { signIn } from './sign-in.js';

// Issue 15: the system administrator watches the background jobs from the admin menu; the demo's
// API runs them itself (the notifications' e-mails every minute, no SMTP configured).
async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/${name}-1366.png`, fullPage: true });
  const wide = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: `test-results/${name}-375.png`, fullPage: true });
  if (wide) await page.setViewportSize(wide);
}

test('the system administrator opens the background jobs and reads each state', async ({ page }) => {
  await signIn(page, 'quantri');
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Công việc nền' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Công việc nền');
  const tabs = page.getByRole('navigation', { name: 'Trạng thái công việc' });
  for (const label of ['Đang chờ', 'Đang chạy', 'Đã xong', 'Thất bại'])
    await expect(tabs.getByRole('link', { name: new RegExp(`^${label} \\d+$`) })).toBeVisible();
  // Failed first: nothing has failed on the demo.
  await expect(tabs.getByRole('link', { name: /^Thất bại/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Không có công việc nào thất bại trong 90 ngày qua.')).toBeVisible();

  // The notifications' e-mail job runs every minute: once it has, it is listed as done.
  await expect(async () => {
    await page.goto('/he-thong/cong-viec?trang-thai=done');
    await expect(page.getByRole('row', { name: /Chuyển thông báo thành thư điện tử/ }).first()).toBeVisible();
  }).toPass({ timeout: 90_000 });
  await expect(page.getByRole('cell', { name: /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/ }).first()).toBeVisible();
  await shot(page, 'background-jobs-done');

  // A person who is not the system administrator is refused the page.
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await signIn(page, 'admin');
  await expect(
    page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Công việc nền' }),
  ).toHaveCount(0);
  const answer = await page.goto('/he-thong/cong-viec');
  expect(answer?.status()).toBe(403);
});
