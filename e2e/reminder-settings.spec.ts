import { expect, test } from '@playwright/test';
import { auditPage } from './page-audit.js';
import { signIn } from './sign-in.js';

const PLAN_TITLE = 'Kế hoạch kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024';

test('Sở Nội vụ sets when a plan reminds and escalates, a mistyped step refused beside its field', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await page.goto('/ke-hoach', { waitUntil: 'networkidle' });
  await page.getByRole('link', { name: PLAN_TITLE }).first().click();
  await page
    .getByRole('navigation', { name: 'Các trang của kế hoạch' })
    .getByRole('link', { name: 'Nhắc việc' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhắc việc, đôn đốc');
  const current = page.getByRole('region', { name: /Đang áp dụng/u });
  await expect(current).toContainText('(mặc định)');
  await expect(current).toContainText(
    'Nhắc 5 ngày làm việc trước hạn, 2 ngày làm việc trước hạn, đúng ngày đến hạn; báo Sở Nội vụ sau 3 ngày làm việc quá hạn.',
  );

  const steps = page.getByLabel('Nhắc trước hạn (số ngày làm việc)');
  await expect(steps).toHaveValue('5, 2, 0');
  await steps.fill('10, năm, 0');
  await page.getByRole('button', { name: 'Lưu cách nhắc việc' }).click();
  await expect(page.locator('#nhac-viec-beforeWorkingDays-error')).toContainText(
    'Hãy ghi các số ngày làm việc trước hạn, cách nhau bởi dấu phẩy',
  );
  await expect(steps).toHaveValue('10, năm, 0');

  // A repeated step is the API's refusal, shown beside the same field.
  await steps.fill('5, 5, 0');
  await page.getByRole('button', { name: 'Lưu cách nhắc việc' }).click();
  await expect(page.locator('#nhac-viec-beforeWorkingDays-error')).toContainText('Các mốc nhắc việc bị lặp');

  await steps.fill('0 5 10');
  await page.getByLabel('Báo Sở Nội vụ sau khi quá hạn (số ngày làm việc)').fill('5');
  await page.getByRole('button', { name: 'Lưu cách nhắc việc' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu cách nhắc việc của kế hoạch.');
  await expect(current).not.toContainText('(mặc định)');
  await expect(current).toContainText(
    'Nhắc 10 ngày làm việc trước hạn, 5 ngày làm việc trước hạn, đúng ngày đến hạn; báo Sở Nội vụ sau 5 ngày làm việc quá hạn.',
  );
  await expect(steps).toHaveValue('10, 5, 0');
  expect(await auditPage(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/reminder-settings-1366.png', fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: 'test-results/reminder-settings-375.png', fullPage: true });

  // Back to the defaults, so that later journeys read the plan as the seed has it.
  await page.setViewportSize({ width: 1366, height: 768 });
  await steps.fill('5, 2, 0');
  await page.getByLabel('Báo Sở Nội vụ sau khi quá hạn (số ngày làm việc)').fill('3');
  await page.getByRole('button', { name: 'Lưu cách nhắc việc' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu cách nhắc việc của kế hoạch.');
});

test('a unit officer cannot open the reminder settings', async ({ page }) => {
  await signIn(page, 'sct');
  await page.goto('/ke-hoach', { waitUntil: 'networkidle' });
  await page.getByRole('link', { name: PLAN_TITLE }).first().click();
  await expect(
    page.getByRole('navigation', { name: 'Các trang của kế hoạch' }).getByRole('link', { name: 'Nhắc việc' }),
  ).toHaveCount(0);
  const url = new URL(page.url());
  // Refused (403) or, where the plan's editing view is hidden from the person, not found (404).
  const response = await page.goto(`${url.pathname}/nhac-viec`);
  expect([403, 404]).toContain(response?.status());
  await expect(page.getByRole('button', { name: 'Lưu cách nhắc việc' })).toHaveCount(0);
});
