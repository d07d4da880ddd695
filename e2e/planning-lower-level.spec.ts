import ExcelJS from 'exceljs';
import { expect, test } from './fixtures.js';
import { signIn } from './sign-in.js';

// Seed V.3.c: a district plans the inspection of its own communes with the same tools, limited
// to its subtree; Sở Nội vụ reads every such plan rolled up.
const PLAN_TITLE = 'Kế hoạch tự kiểm tra CCHC của UBND huyện Tây Sơn năm 2025';
const SEED_PLAN = 'Kế hoạch kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024';

test.describe.configure({ mode: 'serial' });

test('a district’s plan administrator plans its own communes, and only them', async ({ page }) => {
  await signIn(page, 'noivu.tayson');
  await page.getByRole('link', { name: 'Lập kế hoạch kiểm tra các đơn vị trực thuộc' }).click();
  await page.getByLabel('Tên kế hoạch').fill(PLAN_TITLE);
  await page.getByLabel('Năm kế hoạch').fill('2025');
  await page.getByLabel('Số quyết định').fill('12/KH-UBND');
  await page.getByLabel('Ngày quyết định').fill('20/02/2025');
  await page.getByLabel('Từ ngày', { exact: true }).fill('03/03/2025');
  await page.getByLabel('Đến ngày', { exact: true }).fill('30/06/2025');
  await page.getByLabel('Số đối tượng dự kiến').fill('1');
  await page.getByRole('button', { name: 'Lưu dự thảo kế hoạch' }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu dự thảo kế hoạch');
  await expect(page.getByText('Cơ quan chủ trì: Ủy ban nhân dân huyện Tây Sơn')).toBeVisible();
  await expect(page.getByText(/Kế hoạch của sở, ngành, địa phương/)).toBeVisible();

  await page.getByLabel('Tham gia: Ủy ban nhân dân huyện Tây Sơn', { exact: true }).check();
  await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu các thay đổi của kế hoạch.');

  await page
    .getByRole('navigation', { name: 'Các trang của kế hoạch' })
    .getByRole('link', { name: 'Đối tượng kiểm tra' })
    .click();
  const picker = page.getByLabel(/Cơ quan, đơn vị, địa phương/);
  // Only the district's own units are offered: no department, not the district itself.
  await expect(picker.locator('option', { hasText: 'Sở Công Thương' })).toHaveCount(0);
  await expect(picker.locator('option', { hasText: /^\s*Ủy ban nhân dân huyện Tây Sơn$/u })).toHaveCount(0);
  await picker.selectOption({ label: 'Ủy ban nhân dân xã Bình Tường' });
  await page.getByRole('button', { name: 'Chọn đơn vị' }).click();
  await page.getByRole('button', { name: 'Thêm vào kế hoạch' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã thêm đối tượng kiểm tra.');
  await expect(page.getByRole('row', { name: /Ủy ban nhân dân xã Bình Tường/ })).toBeVisible();
  await expect(page.getByText('Số đối tượng: dự kiến 1, thực tế 1.')).toBeVisible();

  // A list without errors is saved from the preview, in one go.
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đối tượng kiểm tra');
  sheet.addRow(['Đơn vị', 'Loại kiểm tra', 'Nhóm đối tượng']);
  sheet.addRow(['Ủy ban nhân dân xã Tây Giang', 'Toàn diện', 'Khối cơ quan thuộc tỉnh']);
  await page.getByLabel('Tệp danh sách đối tượng (.xlsx)').setInputFiles({
    name: 'xa-tay-giang.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await expect(
    page.getByRole('table', { name: /Xem trước tệp xa-tay-giang.xlsx: 1 dòng, 0 lỗi/u }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Lưu 1 đối tượng' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã nhập 1 đối tượng từ tệp Excel.');
  await expect(page.getByRole('row', { name: /Ủy ban nhân dân xã Tây Giang/ })).toBeVisible();
  await expect(page.getByText('Số đối tượng: dự kiến 1, thực tế 2.')).toBeVisible();

  // The province's plan is read, never edited, by a district.
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Kế hoạch kiểm tra' })
    .click();
  await page.getByRole('link', { name: SEED_PLAN }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_PLAN);
  await expect(page.getByRole('link', { name: 'Sửa, ban hành' })).toHaveCount(0);
  const response = await page.goto(`${new URL(page.url()).pathname}/sua`);
  expect(response?.status()).toBe(403);
  await expect(page.getByText('Bạn không có quyền lập, sửa kế hoạch kiểm tra này.')).toBeVisible();
});

test('Sở Nội vụ reads the district’s plan in the roll-up of lower-level plans', async ({ page }) => {
  await signIn(page, 'admin');
  await page
    .getByRole('link', { name: 'Tổng hợp kế hoạch của tỉnh và của các sở, ngành, địa phương' })
    .click();
  const lower = page.getByRole('table', { name: /Kế hoạch kiểm tra của các sở, ngành, địa phương/ });
  const row = lower.getByRole('row', { name: new RegExp(PLAN_TITLE) });
  await expect(row).toContainText('Ủy ban nhân dân huyện Tây Sơn');
  await expect(row).toContainText('Dự thảo');
  await expect(row).toContainText('2 / 1');
  await row.getByRole('link', { name: PLAN_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PLAN_TITLE);
  await expect(page.getByText('Ủy ban nhân dân xã Bình Tường').first()).toBeVisible();
});
