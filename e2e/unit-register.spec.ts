import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signIn } from './sign-in.js';

// The register of the post-reform province, imported from Excel by its administrator, then used by
// a plan: the 2024 units stay as they were, the new ones exist from 01/07/2025.
test.describe.configure({ mode: 'serial' });

const HEADERS = [
  'Tên đơn vị',
  'Tên viết tắt',
  'Loại đơn vị',
  'Mã đơn vị hành chính',
  'Mã định danh điện tử',
  'Đơn vị cấp trên',
  'Ngày hiệu lực',
  'Số, ký hiệu văn bản',
  'Ngày ban hành văn bản',
  'Cơ quan ban hành',
];
const PROVINCE = 'Ủy ban nhân dân tỉnh Gia Lai';
const WARD = 'Ủy ban nhân dân phường Quy Nhơn Đông';
const basis = ['01/07/2025', '1664/NQ-UBTVQH15', '16/06/2025', 'Ủy ban Thường vụ Quốc hội'];

async function registerFile(wardParent: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh mục đơn vị');
  sheet.addRow(HEADERS);
  sheet.addRow([PROVINCE, 'UBND tỉnh Gia Lai', 'Tỉnh', '52', '000.00.00.H41', '', ...basis]);
  sheet.addRow(['Sở Nội vụ tỉnh Gia Lai', 'SNV', 'Sở', '', '000.00.12.H41', PROVINCE, ...basis]);
  sheet.addRow([WARD, '', 'Phường', '21550', '', wardParent, ...basis]);
  sheet.addRow(['Ủy ban nhân dân xã Tuy Phước Mới', '', 'Xã', '21551', '', PROVINCE, ...basis]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(page: Page, bytes: Buffer) {
  await page.getByLabel('Tệp danh mục (.xlsx, tối đa 2 MB)').setInputFiles({
    name: 'danh-muc.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: bytes,
  });
  await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
}

test('the administrator imports a register with one bad row, fixes the file and saves it', async ({
  page,
}) => {
  await signIn(page, 'quantri');
  await page.goto('/don-vi', { waitUntil: 'networkidle' });
  await page.getByRole('link', { name: 'Nhập danh mục từ tệp Excel' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Nhập danh mục cơ quan, đơn vị từ tệp Excel',
  );

  const template = await page.request.get('/don-vi/nhap/mau');
  expect(template.headers()['content-disposition']).toContain('mau-danh-muc-co-quan-don-vi.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await template.body()) as unknown as ArrayBuffer);
  expect(workbook.worksheets[0]?.getRow(1).getCell(1).text).toBe('Tên đơn vị');

  // The ward names a parent the register does not know: shown on its row, nothing saved.
  await upload(page, await registerFile('Ủy ban nhân dân tỉnh Kon Tum'));
  const preview = page.getByRole('table', { name: /Xem trước tệp danh-muc.xlsx/u });
  await expect(preview).toContainText('4 dòng, 1 dòng có lỗi');
  await expect(preview.getByRole('row', { name: /^4 / })).toContainText(
    "Dòng 4, cột Đơn vị cấp trên: không tìm thấy đơn vị cấp trên 'Ủy ban nhân dân tỉnh Kon Tum'",
  );
  await expect(preview.getByRole('row', { name: /^2 / })).toContainText('Hợp lệ');
  await expect(page.getByText('Tệp còn 1 lỗi: chưa lưu đơn vị nào.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Lưu \d+ đơn vị/u })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/unit-register-import-preview.png', fullPage: true });

  await upload(page, await registerFile(PROVINCE));
  await expect(page.getByRole('table', { name: /Xem trước tệp danh-muc.xlsx/u })).toContainText(
    '4 dòng, 0 dòng có lỗi',
  );
  await page.getByRole('button', { name: 'Lưu 4 đơn vị vào danh mục' }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu 4 đơn vị vào danh mục.');

  await page.goto('/don-vi?asAt=01/07/2025', { waitUntil: 'networkidle' });
  await expect(page.getByRole('link', { name: WARD })).toBeVisible();
  await expect(page.getByText('Xã, phường, đặc khu').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/unit-register-tree.png', fullPage: true });
  // The past is untouched: in 2024 the province is Bình Định with its districts, no Gia Lai.
  await page.goto('/don-vi?asAt=01/06/2024', { waitUntil: 'networkidle' });
  await expect(page.getByRole('link', { name: 'Ủy ban nhân dân huyện Tây Sơn', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: WARD })).toHaveCount(0);
});

test('a unit is renamed from a date with its legal basis; a bad number is refused beside its field', async ({
  page,
}) => {
  await signIn(page, 'quantri');
  await page.goto('/don-vi?asAt=01/08/2025', { waitUntil: 'networkidle' });
  await page.getByRole('link', { name: 'Sở Nội vụ tỉnh Gia Lai' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sở Nội vụ tỉnh Gia Lai');
  await expect(page.getByText('000.00.12.H41')).toBeVisible();
  await expect(
    page.getByRole('cell', { name: /Nghị quyết số 1664\/NQ-UBTVQH15 ngày 16\/06\/2025/u }),
  ).toBeVisible();

  await page.getByText('Đổi tên', { exact: true }).click();
  await page.locator('#doi-ten-name').fill('Sở Nội vụ');
  await page.locator('#doi-ten-effectiveFrom').fill('01/09/2025');
  await page.locator('#doi-ten-basisNumber').fill('Quyết định 25');
  await page.locator('#doi-ten-basisDate').fill('25/08/2025');
  await page.getByRole('button', { name: 'Ghi tên mới' }).click();
  await expect(page.locator('#doi-ten-basisNumber-error')).toContainText(
    'Số, ký hiệu văn bản có dạng số/ký hiệu',
  );
  await expect(page.locator('#doi-ten-name')).toHaveValue('Sở Nội vụ');

  await page.locator('#doi-ten-basisNumber').fill('25/QĐ-UBND');
  await page.getByRole('button', { name: 'Ghi tên mới' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã ghi tên mới của đơn vị.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sở Nội vụ');
  await expect(page.getByText('Từ 01/07/2025: Sở Nội vụ tỉnh Gia Lai')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Đổi tên: Sở Nội vụ tỉnh Gia Lai → Sở Nội vụ' })).toBeVisible();
  await page.screenshot({ path: 'test-results/unit-register-detail.png', fullPage: true });
});

test('a plan administrator makes a 2027 plan whose targets come from the imported units', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Lập kế hoạch mới' }).click();
  await page.getByLabel('Tên kế hoạch').fill('Kế hoạch kiểm tra công tác cải cách hành chính năm 2027');
  await page.getByLabel('Năm kế hoạch').fill('2027');
  await page.getByLabel('Số quyết định').fill('12/QĐ-UBND');
  await page.getByLabel('Ngày quyết định').fill('15/01/2027');
  await page.getByLabel('Từ ngày', { exact: true }).fill('01/03/2027');
  await page.getByLabel('Đến ngày', { exact: true }).fill('30/09/2027');
  await page.getByLabel('Mục đích', { exact: true }).fill('Đánh giá kết quả cải cách hành chính sau sắp xếp');
  await page.getByLabel('Yêu cầu', { exact: true }).fill('Không chồng chéo với các cuộc kiểm tra khác');
  await page.getByLabel('Lĩnh vực kiểm tra toàn diện').fill('Công tác chỉ đạo, điều hành');
  await page.getByLabel('Cấp ban hành kế hoạch').fill('Chủ tịch Ủy ban nhân dân tỉnh Gia Lai');
  await page
    .getByLabel('Căn cứ ban hành')
    .fill(
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Nghị quyết số 1664/NQ-UBTVQH15;',
    );
  await expect(page.getByLabel('Đề cương báo cáo của đơn vị được kiểm tra')).toHaveValue('');
  await page.getByRole('button', { name: 'Lưu dự thảo kế hoạch' }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu dự thảo kế hoạch');
  // The plan keeps its legal bases and issuing body, and answers the province's newest outline.
  await expect(page.getByLabel('Căn cứ ban hành')).toHaveValue(/Nghị quyết số 1664\/NQ-UBTVQH15/u);
  await expect(page.getByLabel('Cấp ban hành kế hoạch')).toHaveValue('Chủ tịch Ủy ban nhân dân tỉnh Gia Lai');
  await expect(page.getByLabel('Đề cương báo cáo của đơn vị được kiểm tra')).not.toHaveValue('none');

  await page
    .getByRole('navigation', { name: 'Các trang của kế hoạch' })
    .getByRole('link', { name: 'Đối tượng kiểm tra' })
    .click();
  const picker = page.getByLabel(/Cơ quan, đơn vị, địa phương/);
  await expect(picker.locator('option', { hasText: 'Ủy ban nhân dân huyện Tây Sơn' })).toHaveCount(0);
  await picker.selectOption({ label: WARD });
  await page.getByRole('button', { name: 'Chọn đơn vị' }).click();
  await expect(page.getByText(`Đơn vị được chọn: ${WARD}`)).toBeVisible();
  await page.getByRole('button', { name: 'Thêm vào kế hoạch' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã thêm đối tượng kiểm tra.');
  await expect(page.getByRole('row', { name: new RegExp(WARD) })).toBeVisible();
});

test('a draft plan is discarded after a confirmation and no longer listed', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Lập kế hoạch mới' }).click();
  await page.getByLabel('Tên kế hoạch').fill('Dự thảo kế hoạch lập nhầm');
  await page.getByLabel('Năm kế hoạch').fill('2027');
  await page.getByLabel('Từ ngày', { exact: true }).fill('01/03/2027');
  await page.getByLabel('Đến ngày', { exact: true }).fill('30/09/2027');
  await page.getByRole('button', { name: 'Lưu dự thảo kế hoạch' }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu dự thảo kế hoạch');
  await page.getByRole('button', { name: 'Hủy dự thảo kế hoạch' }).click();
  await page.getByRole('button', { name: 'Hủy dự thảo', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Đã hủy dự thảo kế hoạch.');
  await expect(page.getByText('Dự thảo kế hoạch lập nhầm')).toHaveCount(0);
});
