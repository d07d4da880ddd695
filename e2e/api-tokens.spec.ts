import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { signIn } from './sign-in.js';

// Issue 11, journey (3): the system administrator registers a provincial system and issues its
// token in the portal; the system calls the API with it (a real HTTP call with the Bearer token);
// the token is rotated (the old one keeps working through its grace) and revoked (401 at once).
// Then Sở Nội vụ reads the administrator's changes in the audit log, in words.
test.describe.configure({ mode: 'serial' });

const API = `http://127.0.0.1:${process.env.E2E_API_PORT ?? 3201}`;
const SYSTEM = 'Cổng dịch vụ công tỉnh (thử)';
const DATE_TIME = /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/;
// A unit of the demo's register that exists today (Bình Định's departments ended on 30/06/2025).
const OWNER = 'Ủy ban nhân dân xã Phước An';

/** The provincial system's own call: GET auth.me over tRPC's HTTP with its token. */
async function callAs(request: APIRequestContext, token: string) {
  const response = await request.get(`${API}/trpc/auth.me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status(), body: await response.text() };
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/${name}-1366.png`, fullPage: true });
  const wide = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: `test-results/${name}-375.png`, fullPage: true });
  if (wide) await page.setViewportSize(wide);
}

const issuedToken = async (page: Page) =>
  (await page.getByTestId('issued-token').textContent())?.trim() ?? '';

test('a token is issued in the portal, used by a system, rotated and revoked', async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, 'quantri');
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Hệ thống kết nối' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hệ thống kết nối');
  await page.getByRole('link', { name: 'Đăng ký hệ thống' }).click();

  // Nothing chosen: each field says what it needs, in Vietnamese.
  await page.getByRole('button', { name: 'Đăng ký hệ thống' }).click();
  await expect(page.getByText('Hãy nhập tên hệ thống.').first()).toBeVisible();
  await expect(page.getByText('Hãy chọn ít nhất một quyền truy cập.').first()).toBeVisible();

  await page.getByLabel('Tên hệ thống').fill(SYSTEM);
  await page.getByLabel('Đơn vị quản lý hệ thống').selectOption({ label: OWNER });
  await page
    .getByLabel('Người liên hệ')
    .fill('Trần Thị Bình, Trung tâm Phục vụ hành chính công, 0256 3822 000');
  await page.getByLabel('Đọc kế hoạch kiểm tra').check();
  await page.getByRole('button', { name: 'Đăng ký hệ thống' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SYSTEM);
  await expect(page.getByText('Hệ thống chưa có mã truy cập nào.')).toBeVisible();

  await page.getByRole('button', { name: 'Cấp mã truy cập' }).click();
  await expect(page.getByText('Mã chỉ hiện một lần, ngay bây giờ.')).toBeVisible();
  const first = await issuedToken(page);
  expect(first).toMatch(/^kt1_/);
  await page.getByRole('button', { name: 'Sao chép mã' }).click();
  await expect(page.getByText('Đã sao chép.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first);
  await shot(page, 'api-tokens-issued');

  // The system calls the API with it.
  const used = await callAs(request, first);
  expect(used.status).toBe(200);
  expect(used.body).toContain(SYSTEM);

  // Shown once: the page reloaded has no token, only when and where it was last used.
  await page.goto(page.url().split('?')[0] ?? '', { waitUntil: 'networkidle' });
  await expect(page.getByTestId('issued-token')).toHaveCount(0);
  expect(await page.content()).not.toContain(first);
  const firstRow = page.getByRole('row', { name: new RegExp(first.slice(0, 8)) });
  await expect(firstRow).toContainText('Đang dùng');
  await expect(firstRow.getByRole('cell').nth(3)).toContainText(DATE_TIME);
  await expect(firstRow.getByRole('cell').nth(3)).toContainText('từ 127.0.0.1');

  // The administrator gives the system one more scope (read in the audit log below).
  await page.getByLabel('Đọc kết quả kiểm tra phục vụ xếp hạng').check();
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByText('Đã lưu thông tin và quyền truy cập của hệ thống.')).toBeVisible();

  // Rotation: the old token keeps working through the grace the administrator sets.
  await firstRow.getByLabel('Mã cũ còn dùng được (giờ)').fill('2');
  await firstRow.getByRole('button', { name: 'Thay mã', exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Mã cũ vẫn được chấp nhận trong thời gian chuyển tiếp');
  await dialog.getByRole('button', { name: 'Thay mã', exact: true }).click();
  await expect(page.getByText('Đã thay mã truy cập.')).toBeVisible();
  const second = await issuedToken(page);
  expect(second).toMatch(/^kt1_/);
  expect(second).not.toBe(first);
  await expect(page.getByRole('row', { name: new RegExp(first.slice(0, 8)) })).toContainText(
    'Đã thay, còn dùng được',
  );
  expect((await callAs(request, first)).status).toBe(200);
  expect((await callAs(request, second)).status).toBe(200);
  await shot(page, 'api-tokens-rotated');

  // Revocation: refused at once, grace or not.
  const oldRow = page.getByRole('row', { name: new RegExp(first.slice(0, 8)) });
  await oldRow.getByRole('button', { name: 'Thu hồi', exact: true }).click();
  await expect(dialog).toContainText('bị từ chối ngay lập tức');
  await dialog.getByRole('button', { name: 'Thu hồi mã', exact: true }).click();
  await expect(page.getByText('Đã thu hồi mã truy cập')).toBeVisible();
  expect((await callAs(request, first)).status).toBe(401);
  expect((await callAs(request, second)).status).toBe(200);
  const newRow = page.getByRole('row', { name: new RegExp(second.slice(0, 8)) });
  await newRow.getByRole('button', { name: 'Thu hồi', exact: true }).click();
  await dialog.getByRole('button', { name: 'Thu hồi mã', exact: true }).click();
  await expect(page.getByRole('row', { name: new RegExp(second.slice(0, 8)) })).toContainText('Đã thu hồi');
  expect((await callAs(request, second)).status).toBe(401);

  await page.getByRole('link', { name: 'Hệ thống kết nối' }).first().click();
  await expect(page.getByRole('row', { name: new RegExp(SYSTEM.replace(/[()]/g, '.')) })).toContainText(
    DATE_TIME,
  );
  await shot(page, 'api-tokens-list');
});

test('Sở Nội vụ reads the administrator’s changes in the audit log, before and after in words', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Nhật ký thay đổi' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhật ký thay đổi');
  await page.getByLabel('Người thực hiện').selectOption({ label: 'Võ Minh Tuấn (quantri)' });
  await page.getByLabel('Loại dữ liệu').selectOption({ label: 'Hệ thống kết nối' });
  await page.getByRole('button', { name: 'Lọc', exact: true }).click();
  await expect(page).toHaveURL(/actorId=/);

  const edit = page.getByRole('article').filter({ hasText: 'Sửa · Hệ thống kết nối' }).first();
  await expect(edit).toContainText(SYSTEM);
  await expect(edit).toContainText('Võ Minh Tuấn');
  await expect(edit).toContainText(DATE_TIME);
  const scopes = edit.getByRole('row', { name: /Quyền truy cập/ });
  await expect(scopes.getByRole('cell').nth(0)).toHaveText('Đọc kế hoạch kiểm tra');
  await expect(scopes.getByRole('cell').nth(1)).toHaveText(
    'Đọc kế hoạch kiểm tra; Đọc kết quả kiểm tra phục vụ xếp hạng',
  );
  await expect(page.getByRole('main')).not.toContainText('"scopes"');
  await shot(page, 'audit-log');

  // One record's whole history: registered, then edited.
  await edit.getByRole('link', { name: 'Mọi thay đổi của bản ghi này' }).click();
  await expect(page.getByText('Đang xem lịch sử của một bản ghi.')).toBeVisible();
  const entries = page.getByRole('article');
  await expect(entries.first()).toContainText('Sửa · Hệ thống kết nối');
  await expect(entries.last()).toContainText('Thêm mới · Hệ thống kết nối');
  await expect(entries.last().getByRole('row', { name: /Đơn vị quản lý/ })).toContainText(OWNER);

  // A range that ends before it starts is said beside its field.
  await page.goto('/nhat-ky?from=07/12/2026&to=01/12/2026', { waitUntil: 'networkidle' });
  await expect(page.getByText('Ngày kết thúc không được trước ngày bắt đầu.')).toBeVisible();
});
