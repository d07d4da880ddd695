import { expect, test } from './fixtures.js';
import { signIn } from './sign-in.js';

// Issue 19: a portal people use without training. The audit of every page (fixtures.ts) runs here too.

test('the team leader’s home links only to reports that exist and says which have none', async ({ page }) => {
  await signIn(page, 'truongdoan');
  const section = page.getByRole('region', { name: 'Báo cáo của các đơn vị được kiểm tra' });
  await expect(section.getByText('chưa có báo cáo (đơn vị chưa gửi)').first()).toBeVisible();
  const links = section.getByRole('link', { name: /^Báo cáo của / });
  const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  for (const href of hrefs) {
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
  }
});

test('a signed-out deep link returns to the page asked for after signing in', async ({ page }) => {
  await page.goto('/lich?nam=2024');
  await expect(page).toHaveURL(/\/dang-nhap\?sau=%2Flich%3Fnam%3D2024$/);
  await page.getByLabel('Tên đăng nhập').fill('sct');
  await page.getByLabel('Mật khẩu').fill('kiemtra2024');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/lich\?nam=2024$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lịch');
});

test('a unit’s officer is offered only the menus it can use', async ({ page }) => {
  await signIn(page, 'sct');
  const menu = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(menu.getByRole('link')).toHaveText(['Trang chủ', 'Kế hoạch kiểm tra', 'Lịch làm việc']);
});

test('the conclusion page says the minutes come first and links to them', async ({ page }) => {
  await signIn(page, 'truongdoan');
  const rows = page
    .getByRole('table', { name: 'Các cuộc kiểm tra của Đoàn' })
    .getByRole('row')
    .filter({ hasText: 'Đã thông báo' })
    .filter({ hasNotText: 'Bình Tường' });
  await rows.first().getByRole('link').first().click();
  await page.getByRole('link', { name: 'Kết quả kiểm tra và kết luận' }).click();
  const hint = page.getByTestId('cannot-act-yet');
  await expect(hint).toContainText('Đoàn cần lập và lưu biên bản làm việc trước');
  await hint.getByRole('link', { name: 'Lập biên bản làm việc' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Biên bản làm việc');
});

test('the report autosaves with one state per item and offers no save button', async ({ page }) => {
  await signIn(page, 'tayson');
  await page
    .getByRole('link', { name: /^Báo cáo phục vụ kiểm tra tại / })
    .first()
    .click();
  await expect(page.getByRole('textbox', { name: /^Nội dung trả lời mục / }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Lưu mục / })).toHaveCount(0);
  const item = page.locator('.report-item').first();
  await item.getByRole('textbox', { name: /^Nội dung trả lời mục / }).fill('Đã thực hiện.');
  await expect(item.getByRole('status')).toHaveText(/^Đã lưu lúc \d{2}:\d{2}$/);
  await expect(item.getByText('Chưa chọn tệp nào')).toBeVisible();
  await expect(item.getByText('Chọn tệp', { exact: true })).toBeVisible();
});

for (const locale of ['vi-VN', 'en-US']) {
  test.describe(`dates with a ${locale} browser`, () => {
    test.use({ locale });

    test('are typed and read as dd/mm/yyyy, and the picker marks the days off', async ({ page }) => {
      await signIn(page, 'sct');
      await page.goto('/lich?nam=2024');
      const from = page.getByLabel('Từ ngày');
      await from.fill('26/4/2024');
      await from.blur();
      await expect(from).toHaveValue('26/04/2024');
      await page.getByLabel('Số ngày làm việc').fill('1');
      await page.getByRole('button', { name: 'Tính' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'ngày làm việc' })).toContainText('02/05/2024');
      await expect(page.getByLabel('Từ ngày')).toHaveValue('26/04/2024');

      // "9/5/2024" is 9 May, whatever the browser's locale; the picker opens on May 2024.
      const base = page.getByLabel('Ngày mốc');
      await base.fill('9/5/2024');
      await base.blur();
      await expect(base).toHaveValue('09/05/2024');
      await page.getByRole('button', { name: 'Mở lịch chọn ngày' }).last().click();
      const picker = page.locator('.date-picker');
      await expect(picker).toContainText('tháng 5 năm 2024', { ignoreCase: true });
      await expect(picker.getByText('(ngày nghỉ: Ngày Quốc tế Lao động)')).toHaveCount(1);
      await expect(picker.getByRole('button', { name: 'Tháng trước' })).toBeVisible();
      await picker.getByRole('button', { name: /\b10 tháng 5\b/ }).click();
      await expect(base).toHaveValue('10/05/2024');
    });
  });
}
