import { expect, test } from './fixtures.js';
import { signIn } from './sign-in.js';

const HOME_BY_USER = [
  { username: 'admin', heading: 'Điều hành kế hoạch kiểm tra' },
  { username: 'truongdoan', heading: 'Các cuộc kiểm tra của Đoàn' },
  { username: 'thanhvien', heading: 'Các cuộc kiểm tra của Đoàn' },
  { username: 'sct', heading: 'Kiểm tra tại đơn vị' },
  { username: 'sct.lanhdao', heading: 'Kiểm tra tại đơn vị' },
  { username: 'tayson', heading: 'Kiểm tra tại đơn vị' },
  { username: 'lanhdao', heading: 'Tổng quan tình hình kiểm tra' },
];

const PLAN_TITLE = 'Kế hoạch kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024';

for (const { username, heading } of HOME_BY_USER) {
  test(`${username} signs in, sees the home page of the role and reads the 2024 plan`, async ({ page }) => {
    await signIn(page, username);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);

    await page.getByRole('link', { name: PLAN_TITLE }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(PLAN_TITLE);
    await expect(page.getByText('Lâm Hải Giang')).toBeVisible();
    await expect(page.getByText('Khối cơ quan thuộc tỉnh')).toBeVisible();
    await expect(page.getByText('Cục Hải quan Bình Định').first()).toBeVisible();
    await expect(
      page.getByText('Xây dựng và phát triển chính quyền điện tử, chính quyền số').first(),
    ).toBeVisible();
    await expect(page.getByText(/dự kiến 22/).first()).toBeVisible();
  });
}

test('a wrong password is refused in Vietnamese without saying which field was wrong', async ({ page }) => {
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeVisible();
  await expect(page).toHaveURL(/dang-nhap/);
});

test('a page behind sign-in sends an anonymous visitor to the sign-in page', async ({ page }) => {
  await page.goto('/don-vi');
  await expect(page).toHaveURL(/dang-nhap/);
});

test('signing out ends the session', async ({ page }) => {
  await signIn(page, 'lanhdao');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/dang-nhap/);
  await page.goto('/');
  await expect(page).toHaveURL(/dang-nhap/);
});

test('the org-unit tree reads the province as at a date', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/don-vi?asAt=2024-06-01');
  await expect(page.getByText(/Tây Sơn/).first()).toBeVisible();
});

test('the home page shows the current plans and reaches one year’s through the year picker', async ({
  page,
}) => {
  await signIn(page, 'admin');
  const years = page.getByRole('navigation', { name: 'Chọn năm' });
  await expect(years.getByText('Đang thực hiện')).toHaveAttribute('aria-current', 'page');
  await years.getByRole('link', { name: '2024', exact: true }).click();
  await expect(page).toHaveURL(/\?nam=2024$/);
  await expect(years.getByText('2024', { exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('link', { name: PLAN_TITLE })).toBeVisible();
  // The year's inspections, not the to-do list above them (other journeys give Sở Nội vụ things to do).
  await expect(page.getByRole('table', { name: 'Các cuộc kiểm tra trong tỉnh' })).toContainText(
    'Sở Công Thương',
  );
});

test('the demo says it is one on every page, the sign-in page included', async ({ page }) => {
  await page.goto('/dang-nhap');
  const banner = page.getByRole('note', { name: 'Bản trình diễn' });
  await expect(banner).toContainText('Bản trình diễn — dữ liệu và tài khoản dùng thử');
  await signIn(page, 'lanhdao');
  await expect(banner).toBeVisible();
  await page.goto('/ke-hoach');
  await expect(banner).toBeVisible();
});

test('the system administrator’s home says what it keeps and offers only its own pages', async ({ page }) => {
  await signIn(page, 'quantri');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quản trị hệ thống');
  const menu = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(menu.getByRole('link').nth(0)).toHaveText('Trang chủ');
  await expect(menu.getByRole('link').nth(1)).toHaveText('Đơn vị');
  // It runs no plan.
  await expect(menu.getByRole('link', { name: 'Kế hoạch kiểm tra' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Nhập danh mục từ tệp Excel' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Đổi mật khẩu' })).toBeVisible();
  await page.screenshot({ path: 'test-results/system-admin-home.png', fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: 'test-results/system-admin-home-375.png', fullPage: true });
});
