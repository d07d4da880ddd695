import type { Page } from '@playwright/test';
import { confirmAct } from './confirm.js';
import { expect, test } from './fixtures.js';
import { signIn } from './sign-in.js';

// Sở Công Thương (user sct) is inspected on 09/05/2024 and was notified by the seed, so it sees its
// inspection and writes its report; thanhvien is on the team. The journey runs in order.
test.describe.configure({ mode: 'serial' });

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/dang-nhap/);
}

async function openReport(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Báo cáo phục vụ kiểm tra tại Sở Công Thương' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Báo cáo phục vụ Đoàn kiểm tra');
}

/** Types an answer into every empty item of the section on screen and waits until each is saved. */
async function fillSection(page: Page, section: string) {
  const escaped = section.replaceAll('.', '\\.');
  await page
    .getByRole('navigation', { name: 'Các phần của đề cương' })
    .getByRole('link', { name: new RegExp(`^${escaped}\\. `) })
    .click();
  await expect(page).toHaveURL(new RegExp(`phan=${escaped}$`));
  // Only this section's editors: the previous section's may linger while the page changes.
  const editors = page.getByRole('textbox', { name: new RegExp(`^Nội dung trả lời mục ${escaped}(\\.|$)`) });
  await expect(editors.first()).toBeVisible();
  const count = await editors.count();
  const filled: string[] = [];
  for (let i = 0; i < count; i++) {
    const editor = editors.nth(i);
    if (((await editor.textContent()) ?? '').trim() !== '') continue;
    const code = ((await editor.getAttribute('aria-label')) ?? '').replace('Nội dung trả lời mục ', '');
    await editor.fill(`Đơn vị đã thực hiện đầy đủ nội dung mục ${code}.`);
    filled.push(code);
  }
  for (const code of filled) {
    await expect(page.locator(`[id="muc-${code}"]`).getByRole('status')).toHaveText(/^Đã lưu/);
  }
}

// The unit's officer fills the report on a phone as often as on a desk: this sitting is on a 375 px screen.
test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('a unit fills its report over two sign-ins, attaches a file, is refused with missing items, then submits', async ({
    page,
    context,
  }) => {
    await signIn(page, 'sct');
    await openReport(page);
    await expect(page.getByTestId('report-progress')).toHaveText('Đã trả lời 0/32 mục bắt buộc');
    await expect(page.getByRole('heading', { name: 'Hạn gửi báo cáo: 03/05/2024' })).toBeVisible();
    await page.getByText('Xem cách tính hạn').click();
    await expect(page.getByText(/04\/05\/2024/).first()).toBeVisible();

    // First sitting: section I.1, with a formatted answer and a file.
    const first = page.getByRole('textbox', { name: 'Nội dung trả lời mục I.1.a' });
    await first.fill('Năm 2024 đã ban hành ');
    await page.getByRole('button', { name: 'In đậm' }).first().click();
    await first.pressSequentially('12 văn bản');
    await fillSection(page, 'I.1');
    await expect(page.getByTestId('report-progress')).toHaveText('Đã trả lời 6/32 mục bắt buộc');

    await page.getByLabel('Đính kèm tệp cho mục I.1.a').setInputFiles({
      name: 'Kế hoạch CCHC 2024.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await page.locator('#muc-I\\.1\\.a').getByRole('button', { name: 'Tải lên' }).click();
    await expect(page.getByRole('link', { name: 'Kế hoạch CCHC 2024.pdf' })).toBeVisible();
    // A program renamed to .pdf is refused by its content.
    await page.getByLabel('Đính kèm tệp cho mục I.1.b').setInputFiles({
      name: 'bao-cao.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]),
    });
    await page.locator('#muc-I\\.1\\.b').getByRole('button', { name: 'Tải lên' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'mang đuôi .pdf nhưng nội dung không phải là PDF' }),
    ).toBeVisible();

    // The connection drops while typing: the draft is kept and sent once it is back.
    await page
      .getByRole('navigation', { name: 'Các phần của đề cương' })
      .getByRole('link', { name: /^I\.2\. / })
      .click();
    await context.setOffline(true);
    await page.getByRole('textbox', { name: 'Nội dung trả lời mục I.2.a' }).fill('Viết khi mất mạng.');
    await expect(page.getByRole('status').filter({ hasText: 'Mất kết nối' })).toBeVisible();
    await context.setOffline(false);
    await expect(page.getByRole('status').filter({ hasText: /^Đã lưu/ })).toBeVisible();
    await signOut(page);

    // Second sitting: what was typed is there; the rest is filled, III.1 forgotten at first.
    await signIn(page, 'sct');
    await openReport(page);
    await expect(page.getByTestId('report-progress')).toHaveText('Đã trả lời 7/32 mục bắt buộc');
    await expect(page.getByRole('textbox', { name: 'Nội dung trả lời mục I.1.a' })).toContainText(
      'Năm 2024 đã ban hành 12 văn bản',
    );
    await expect(page.locator('#muc-I\\.1\\.a strong, #muc-I\\.1\\.a b').first()).toHaveText('12 văn bản');
    for (const section of ['I.2', 'I.3', 'I.4', 'I.5', 'I.6', 'I.7', 'II']) await fillSection(page, section);
    await expect(page.getByTestId('report-progress')).toHaveText('Đã trả lời 31/32 mục bắt buộc');

    await confirmAct(page, 'Gửi báo cáo', {
      says: 'Sau khi gửi, đơn vị không sửa được báo cáo trừ khi Đoàn kiểm tra mở lại.',
      confirm: 'Gửi báo cáo',
    });
    const missing = page.getByTestId('missing-items');
    await expect(missing.getByRole('listitem')).toHaveCount(1);
    await expect(missing).toContainText('Mục III.1 chưa có nội dung: Kiến nghị, đề xuất');
    await missing.getByRole('link').click();
    await page
      .getByRole('textbox', { name: 'Nội dung trả lời mục III.1' })
      .fill('Đề nghị tỉnh tổ chức tập huấn về số hóa hồ sơ.');
    await expect(page.getByRole('status').filter({ hasText: /^Đã lưu/ })).toBeVisible();
    await expect(page.getByTestId('report-progress')).toHaveText('Đã trả lời 32/32 mục bắt buộc');
    await confirmAct(page, 'Gửi báo cáo', {
      says: 'Sau khi gửi, đơn vị không sửa được báo cáo trừ khi Đoàn kiểm tra mở lại.',
      confirm: 'Gửi báo cáo',
    });
    await expect(page.getByRole('status').filter({ hasText: 'Đã gửi báo cáo' })).toBeVisible();
    await expect(page.getByTestId('report-status')).toHaveText('Đã gửi Đoàn kiểm tra');
    // Today is long after 03/05/2024: the submission is recorded as late.
    await expect(page.getByText(/Đã gửi trễ \d+ ngày làm việc/).first()).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^Nội dung trả lời mục / })).toHaveCount(0);
    await signOut(page);
  });
});

test('an inspector reads the submitted report, comments and asks for an addition; the unit is told', async ({
  page,
}) => {
  await signIn(page, 'thanhvien');
  await page.getByRole('link', { name: 'Báo cáo của Sở Công Thương' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Báo cáo phục vụ Đoàn kiểm tra');
  const item = page.locator('#muc-I\\.1\\.a');
  await expect(item).toContainText('Năm 2024 đã ban hành 12 văn bản');
  await expect(item.getByRole('link', { name: 'Kế hoạch CCHC 2024.pdf' })).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /^Tải báo cáo \(DOCX/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Báo cáo phục vụ Đoàn kiểm tra - Sở Công Thương.*\.docx$/);

  const itemB = page.locator('#muc-I\\.1\\.b');
  await itemB.getByLabel('Ý kiến về mục I.1.b').fill('Đề nghị nêu số đơn vị đã kiểm tra năm 2023.');
  await itemB.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect(itemB.getByText('Đề nghị nêu số đơn vị đã kiểm tra năm 2023.')).toBeVisible();

  await itemB.getByLabel('Đề nghị bổ sung mục I.1.b').check();
  await page.getByLabel('Nội dung đề nghị bổ sung').fill('Bổ sung số đơn vị được kiểm tra năm 2023.');
  await page.getByRole('button', { name: 'Gửi đề nghị bổ sung' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã gửi đề nghị bổ sung' })).toBeVisible();
  await signOut(page);

  // The unit is told on its home page, then reads the request on its report.
  await signIn(page, 'sct');
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Báo cáo phục vụ kiểm tra tại Sở Công Thương' }),
  ).toContainText('Đoàn kiểm tra đề nghị bổ sung');
  await openReport(page);
  await expect(page.getByTestId('report-status')).toHaveText('Đoàn kiểm tra đề nghị bổ sung');
  const request = page.getByRole('alert').filter({ hasText: 'Bổ sung số đơn vị được kiểm tra năm 2023.' });
  await expect(request).toContainText('I.1.b');
  // Only the requested item reopens.
  await expect(page.getByRole('textbox', { name: 'Nội dung trả lời mục I.1.b' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Nội dung trả lời mục I.1.a' })).toHaveCount(0);
});

test('two people of the unit editing the same item: the second is shown the first one’s text', async ({
  browser,
}) => {
  const reporter = await (await browser.newContext()).newPage();
  const head = await (await browser.newContext()).newPage();
  await signIn(reporter, 'sct');
  await signIn(head, 'sct.lanhdao');
  for (const page of [reporter, head]) {
    await openReport(page);
    await page
      .getByRole('navigation', { name: 'Các phần của đề cương' })
      .getByRole('link', { name: /^I\.1\. / })
      .click();
    await expect(page.getByRole('textbox', { name: 'Nội dung trả lời mục I.1.b' })).toBeVisible();
  }
  await reporter
    .getByRole('textbox', { name: 'Nội dung trả lời mục I.1.b' })
    .fill('Năm 2023 đã kiểm tra 8 đơn vị.');
  await expect(reporter.locator('[id="muc-I.1.b"]').getByRole('status')).toHaveText(/^Đã lưu/);

  // The head's page still holds the version from before: saving it is refused, nothing is overwritten.
  await head.getByRole('textbox', { name: 'Nội dung trả lời mục I.1.b' }).fill('Năm 2023 kiểm tra 7 đơn vị.');
  const conflict = head.getByRole('alert', { name: 'Xung đột khi lưu mục I.1.b' });
  await expect(conflict).toContainText('Năm 2023 đã kiểm tra 8 đơn vị.');
  await expect(head.locator('[id="muc-I.1.b"]').getByRole('status')).toHaveText(/vừa được người khác sửa/);
  await conflict.getByRole('button', { name: 'Dùng bản của họ' }).click();
  await expect(head.getByRole('textbox', { name: 'Nội dung trả lời mục I.1.b' })).toHaveText(
    'Năm 2023 đã kiểm tra 8 đơn vị.',
  );

  await reporter.reload();
  await expect(reporter.getByRole('textbox', { name: 'Nội dung trả lời mục I.1.b' })).toHaveText(
    'Năm 2023 đã kiểm tra 8 đơn vị.',
  );
});

test('an administrator publishes a new version of the thematic outline; the old one stays', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Đề cương báo cáo và các phiên bản' }).click();
  await page.getByRole('link', { name: /chuyên đề công tác giải quyết thủ tục hành chính/ }).click();
  const text = page.getByLabel('Các mục của đề cương');
  await expect(text).toHaveValue(/^I KẾT QUẢ THỰC HIỆN\nI\.1 /);
  await text.fill(`${await text.inputValue()}\nIII.2 Đề xuất sửa đổi quy trình nội bộ (không bắt buộc)`);
  await page.getByRole('button', { name: 'Ban hành phiên bản mới' }).click();
  await expect(page.getByText(/^Phiên bản 2 — Kiểm tra chuyên đề/)).toBeVisible();
  await expect(page.getByLabel('Các mục của đề cương')).toHaveValue(
    /III\.2 Đề xuất sửa đổi quy trình nội bộ \(không bắt buộc\)$/,
  );

  await page.getByRole('link', { name: 'Đề cương báo cáo', exact: true }).click();
  const versions = page.getByRole('table', { name: 'Các phiên bản đề cương báo cáo' });
  await expect(
    versions.getByRole('row', { name: /chuyên đề công tác giải quyết thủ tục hành chính/ }),
  ).toHaveCount(2);
});
