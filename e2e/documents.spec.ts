import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.js';
import { signIn } from './sign-in.js';

const PLAN_TITLE = 'Kế hoạch kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024';
const SNV_TEAM = 'Đoàn kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024';

test('an administrator downloads the team decision and the report outline as Word files named in Vietnamese', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: PLAN_TITLE }).first().click();
  await page.getByRole('link', { name: 'Văn bản, tài liệu (Word, Excel)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Văn bản, tài liệu của kế hoạch');

  const decision = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Quyết định thành lập Đoàn (số 68/QĐ-SNV)' }).click();
  const file = await decision;
  expect(file.suggestedFilename()).toBe(`Quyết định thành lập ${SNV_TEAM}.docx`);
  const bytes = readFileSync(await file.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  const outline = page.waitForEvent('download');
  await page.getByLabel('Đề cương báo cáo ghi sẵn tên đơn vị:').selectOption({ label: 'Sở Công Thương' });
  await page.getByRole('button', { name: 'Tải đề cương' }).click();
  expect((await outline).suggestedFilename()).toBe('Đề cương báo cáo - Sở Công Thương - năm 2024.docx');
});

test('a team leader generates every notice of the round, sees the progress, and gets one ZIP', async ({
  page,
}) => {
  await signIn(page, 'truongdoan');
  await page.getByRole('link', { name: PLAN_TITLE }).first().click();
  await page.getByRole('link', { name: 'Văn bản, tài liệu (Word, Excel)' }).click();

  const zip = page.waitForEvent('download');
  await page
    .getByRole('link', { name: `Tạo tất cả thông báo lịch kiểm tra của ${SNV_TEAM} (tệp ZIP)` })
    .click();
  await expect(page.getByRole('status')).toContainText(/Đã tạo xong \d+ thông báo/);
  const file = await zip;
  expect(file.suggestedFilename()).toBe(`Thông báo lịch kiểm tra - ${SNV_TEAM}.zip`);
  expect(
    readFileSync(await file.path())
      .subarray(0, 2)
      .toString('latin1'),
  ).toBe('PK');
});

test("an inspected unit downloads its own schedule notice, and is refused the round's notices", async ({
  page,
}) => {
  await signIn(page, 'sct');
  await page.getByRole('link', { name: PLAN_TITLE }).first().click();
  await page.getByRole('link', { name: 'Văn bản, tài liệu (Word, Excel)' }).click();
  const notice = page.waitForEvent('download');
  await page
    .getByRole('row', { name: /Sở Công Thương/ })
    .getByRole('link', { name: 'Thông báo lịch kiểm tra' })
    .click();
  expect((await notice).suggestedFilename()).toBe('Thông báo lịch kiểm tra - Sở Công Thương.docx');

  await page
    .getByRole('link', { name: `Tạo tất cả thông báo lịch kiểm tra của ${SNV_TEAM} (tệp ZIP)` })
    .click();
  await expect(page.getByRole('alert')).toHaveText(
    'Không tạo được các thông báo: Bạn không có quyền xem cuộc kiểm tra.',
  );
});

test('the inspection page offers its schedule notice as a Word file', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: PLAN_TITLE }).first().click();
  await page
    .getByRole('link', { name: /Giải thích các thời hạn của cuộc kiểm tra tại Sở Công Thương/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm tra tại Sở Công Thương');
  const notice = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Thông báo lịch kiểm tra (Word)' }).click();
  expect((await notice).suggestedFilename()).toBe('Thông báo lịch kiểm tra - Sở Công Thương.docx');
});
