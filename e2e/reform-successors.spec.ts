import { expect, test } from '@playwright/test';
import { auditPage } from './page-audit.js';
import { signIn } from './sign-in.js';

// Part of the journey only: the successor forms for already-ceased 2024 units are not in the
// portal yet, so the copy here maps nothing and every 2024 target is listed for review.
test('a plan administrator copies the 2024 plan to 2027 and reviews what became of its targets', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await page.goto('/ke-hoach/moi', { waitUntil: 'networkidle' });
  // Other journeys add plans of their own: the province's 2024 plan is named, not taken as the default.
  await page
    .getByLabel('Kế hoạch gốc')
    .selectOption({ label: 'Kế hoạch kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024' });
  await page.getByLabel('Năm của kế hoạch mới').fill('2027');
  await page.getByLabel('Sao chép cả danh sách đối tượng kiểm tra').check();
  await page.getByRole('button', { name: 'Sao chép thành dự thảo' }).click();
  const review = page.getByRole('region', { name: /Đối tượng của kế hoạch năm 2024 tại ngày 01\/04\/2027/u });
  await expect(review).toBeVisible();
  await expect(review).toContainText('cần xem lại');
  await expect(review.getByRole('row', { name: /Ủy ban nhân dân huyện Tây Sơn/u }).first()).toContainText(
    'Không có đơn vị kế thừa',
  );
  expect(await auditPage(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/reform-copy-mapping-1366.png', fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: 'test-results/reform-copy-mapping-375.png', fullPage: true });
});
