import { expect, test } from './fixtures.js';
import { signIn } from './sign-in.js';

// The 2024 seed: an official 2024 schedule (Giỗ Tổ on Thursday 18/04, the 29/4 ↔ Saturday 4/5 swap),
// no schedule for 2027. The tests below run in order: 2027 is shown unofficial before the
// administrator enters its schedule.

test('a unit reads the 2024 calendar with its holidays and the working Saturday', async ({ page }) => {
  await signIn(page, 'sct');
  await page.getByRole('link', { name: 'Lịch làm việc' }).click();
  await page.getByLabel('Năm', { exact: true }).fill('2024');
  await page.getByRole('button', { name: 'Xem' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lịch ngày làm việc năm 2024');
  await expect(page.getByText('Năm 2024: lịch nghỉ chính thức.')).toBeVisible();
  await expect(page.getByText(/5015\/TB-LĐTBXH/).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Chú giải' })).toBeVisible();

  // Twelve month tables, each captioned, Monday first.
  await expect(page.locator('table.month')).toHaveCount(12);
  const may = page.getByRole('table', { name: 'Tháng 5/2024' });
  await expect(may.getByRole('columnheader').first()).toHaveText('T2');
  await expect(may.getByRole('columnheader').last()).toHaveText('CN');
  await expect(may.getByRole('cell', { name: /04\/05\/2024: Ngày làm bù/ })).toBeVisible();
  const april = page.getByRole('table', { name: 'Tháng 4/2024' });
  await expect(
    april.getByRole('cell', { name: /18\/04\/2024: Nghỉ lễ, tết: Giỗ Tổ Hùng Vương/ }),
  ).toBeVisible();

  // The list below the months, with dates as dd/mm/yyyy and names.
  const daysOff = page.getByRole('table', { name: /Ngày nghỉ lễ, tết/ });
  await expect(daysOff.getByRole('row', { name: /18\/04\/2024.*Giỗ Tổ Hùng Vương/ })).toBeVisible();
  await expect(daysOff.getByRole('row', { name: /29\/04\/2024.*Nghỉ hoán đổi/ })).toBeVisible();
  const working = page.getByRole('table', { name: /làm bù/ });
  await expect(
    working.getByRole('row', { name: /04\/05\/2024.*Thứ Bảy.*Làm bù cho ngày 29\/4\/2024/ }),
  ).toBeVisible();
});

test('a year without an announced schedule says so', async ({ page }) => {
  await signIn(page, 'sct');
  await page.goto('/lich?nam=2027');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lịch ngày làm việc năm 2027');
  await expect(page.getByText('Năm 2027 chưa có lịch nghỉ chính thức.')).toBeVisible();
  // Only administrators may enter it.
  await expect(page.getByRole('link', { name: /lịch nghỉ chính thức năm 2027/ })).toHaveCount(0);
});

test('the calculator skips 29/4–1/5/2024 and lands on Thursday 02/05/2024', async ({ page }) => {
  await signIn(page, 'sct');
  await page.goto('/lich?nam=2024');
  await page.getByLabel('Từ ngày').fill('26/04/2024');
  await page.getByLabel('Số ngày làm việc').fill('1');
  await page.getByRole('button', { name: 'Tính' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ngày làm việc' })).toContainText(
    'Thứ Năm 02/05/2024',
  );
  await expect(page).toHaveURL(/tu=26%2F04%2F2024/);
});

test('the explainer counts the conclusion notice past Quốc khánh', async ({ page }) => {
  await signIn(page, 'sct');
  await page.goto('/lich?nam=2024');
  await page.getByLabel('Thời hạn', { exact: true }).selectOption('CONCLUSION_NOTICE');
  await page.getByLabel('Ngày mốc').fill('30/08/2024');
  await page.getByRole('button', { name: 'Giải thích', exact: true }).click();
  const result = page.locator('.explained');
  await expect(result.getByRole('heading', { level: 3 })).toHaveText(
    'Thông báo kết luận kiểm tra: hạn 17/09/2024',
  );
  await expect(result.getByText('Thứ Hai 02/09/2024: bỏ qua (Quốc khánh)')).toBeVisible();
});

test('a team leader sees each inspection’s deadlines on the plan and opens the explanation', async ({
  page,
}) => {
  await signIn(page, 'truongdoan');
  await page
    .getByRole('link', { name: /Kế hoạch kiểm tra công tác cải cách hành chính/ })
    .first()
    .click();
  const deadlines = page.locator('#thoi-han');
  await expect(deadlines.getByRole('heading', { name: 'Thời hạn của các cuộc kiểm tra' })).toBeVisible();
  const firstRow = deadlines.getByRole('row', { name: /Sở Kế hoạch và Đầu tư/ });
  await expect(firstRow).toContainText('Thông báo lịch kiểm tra: 19/04/2024');
  await expect(firstRow).toContainText('Thông báo kết luận kiểm tra: 21/05/2024');

  await firstRow.getByRole('link', { name: /Giải thích/ }).click();
  await expect(page).toHaveURL(/\/cuoc-kiem-tra\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm tra tại Sở Kế hoạch và Đầu tư');
  const notice = page.locator('#SCHEDULE_NOTICE');
  await expect(notice.getByText('Thứ Bảy 04/05/2024: ngày làm việc thứ 2', { exact: false })).toBeVisible();
  await expect(notice.getByText('Thứ Sáu 19/04/2024: ngày làm việc thứ 10')).toBeVisible();
  await expect(notice.getByText(/Theo cách đọc B, hạn là\s+17\/04\/2024/)).toBeVisible();
  await expect(notice.getByRole('row', { name: /Thứ Năm 02\/05\/2024 Ngày làm việc thứ 4/ })).toBeVisible();
});

test('leadership does not see the schedule editor and is refused it', async ({ page }) => {
  await signIn(page, 'lanhdao');
  await page.goto('/lich?nam=2027');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lịch ngày làm việc năm 2027');
  await expect(page.getByRole('link', { name: /lịch nghỉ chính thức năm 2027/ })).toHaveCount(0);
  const response = await page.goto('/lich/lich-nghi/2027');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bạn không có quyền xem nội dung này');
});

test('an administrator enters 2027’s schedule, adding a day off, and the year becomes official', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await page.goto('/lich?nam=2027');
  await page.getByRole('link', { name: 'Nhập lịch nghỉ chính thức năm 2027' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lịch nghỉ chính thức năm 2027');

  // The days off start from the Labour Code's; a line with a mistake is refused, naming its line.
  const daysOff = page.getByLabel('Ngày nghỉ (thứ Hai đến thứ Sáu)');
  await expect(daysOff).toHaveValue(/16\/04\/2027 \| Giỗ Tổ Hùng Vương \| lễ/);
  const prefilled = await daysOff.inputValue();
  await page
    .getByLabel('Văn bản thông báo')
    .fill('Thông báo 9999/TB-BNV ngày 20/11/2026 của Bộ Nội vụ (thử nghiệm)');
  // A schedule that wipes out Tết is refused: the law gives those days, the schedule only arranges them.
  const withoutTet = prefilled
    .split('\n')
    .filter((line) => !line.includes('Tết Nguyên đán'))
    .join('\n');
  await daysOff.fill(withoutTet);
  await page.getByRole('button', { name: 'Lưu lịch nghỉ năm 2027' }).click();
  await expect(page.getByRole('alert')).toContainText('Lịch nghỉ chưa được lưu');
  await expect(
    page.getByText(/Lịch nghỉ bỏ mất Tết Nguyên đán \(mùng 3 Tết\) \(Thứ Hai 08\/02\/2027\)/),
  ).toBeVisible();

  await daysOff.fill(`${prefilled}\n01/05/2027 | Ngày Quốc tế Lao động | lễ`);
  await page.getByRole('button', { name: 'Lưu lịch nghỉ năm 2027' }).click();
  await expect(page.getByRole('alert')).toContainText('Lịch nghỉ chưa được lưu');
  await expect(page.getByText(/^Dòng 12: Ngày nghỉ 01\/05\/2027 là Thứ Bảy hoặc Chủ nhật/)).toBeVisible();

  await daysOff.fill(`${prefilled}\n31/12/2027 | Nghỉ cuối năm (thử nghiệm) | lễ`);
  await page.getByRole('button', { name: 'Lưu lịch nghỉ năm 2027' }).click();

  await expect(page).toHaveURL(/\/lich\?nam=2027/);
  await expect(
    page.getByRole('status').filter({ hasText: 'Đã lưu lịch nghỉ chính thức năm 2027' }),
  ).toBeVisible();
  await expect(page.getByText('Năm 2027: lịch nghỉ chính thức.')).toBeVisible();
  await expect(page.getByText(/9999\/TB-BNV/)).toBeVisible();
  const list = page.getByRole('table', { name: /Ngày nghỉ lễ, tết/ });
  await expect(list.getByRole('row', { name: /31\/12\/2027.*Nghỉ cuối năm \(thử nghiệm\)/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sửa lịch nghỉ chính thức năm 2027' })).toBeVisible();
});

test('a save over a schedule someone else just changed is refused with a way to reload', async ({
  page,
  context,
}) => {
  await signIn(page, 'admin');
  await page.goto('/lich/lich-nghi/2027');
  const other = await context.newPage();
  await other.goto('/lich/lich-nghi/2027');
  await other.getByRole('button', { name: 'Lưu lịch nghỉ năm 2027' }).click();
  await expect(other).toHaveURL(/\/lich\?nam=2027/);

  await page.getByRole('button', { name: 'Lưu lịch nghỉ năm 2027' }).click();
  await expect(page.getByRole('alert')).toContainText('vừa được người khác cập nhật');
  await page.getByRole('link', { name: 'tải lại lịch nghỉ năm 2027' }).click();
  await page.getByRole('button', { name: 'Lưu lịch nghỉ năm 2027' }).click();
  await expect(page).toHaveURL(/\/lich\?nam=2027&da-luu=3/);
});

test('an administrator records that 24/11 is a holiday in force, and 2026 counts it at once', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await page.goto('/lich?nam=2026');
  await expect(
    page.getByRole('heading', { name: 'Mới có chủ trương, chưa tính là ngày nghỉ' }),
  ).toBeVisible();
  await page.getByRole('link', { name: /Ngày lễ được bổ sung theo luật/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ngày lễ được bổ sung theo luật');
  const rule = page.getByRole('region', { name: /Ngày Văn hóa Việt Nam — ngày 24\/11 hằng năm/ });
  await expect(rule).toContainText('Mới có chủ trương, chưa có văn bản luật');
  await expect(rule).toContainText('80-NQ/TW');

  await rule.getByText('Ghi quyết định hoặc sửa ngày lễ này').click();
  await rule.getByLabel('Tình trạng').selectOption('in_force');
  await rule.getByLabel('Căn cứ').fill('x');
  await rule.getByRole('button', { name: 'Lưu quyết định' }).click();
  await expect(page.getByText('Căn cứ phải có ít nhất 5 ký tự')).toBeVisible();
  const again = page.getByRole('region', { name: /Ngày Văn hóa Việt Nam/ });
  await again.getByLabel('Căn cứ').fill('Văn bản luật thử nghiệm sửa đổi khoản 1 Điều 112 Bộ luật Lao động');
  await again.getByLabel('Có hiệu lực từ ngày').fill('01/07/2026');
  await again.getByRole('button', { name: 'Lưu quyết định' }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu “Ngày Văn hóa Việt Nam”');
  await expect(page.getByRole('region', { name: /Ngày Văn hóa Việt Nam/ })).toContainText(
    'Đã có hiệu lực, được tính là ngày nghỉ, từ ngày 01/07/2026',
  );
  await page.screenshot({ path: 'test-results/law-holidays.png', fullPage: true });

  await page.goto('/lich?nam=2026');
  const list = page.getByRole('table', { name: /Ngày nghỉ lễ, tết/ });
  await expect(list.getByRole('row', { name: /24\/11\/2026.*Ngày Văn hóa Việt Nam/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mới có chủ trương, chưa tính là ngày nghỉ' })).toHaveCount(
    0,
  );

  // Back to the proposal, so that the other journeys count as the shipped data does.
  await page.goto('/lich/ngay-le');
  const back = page.getByRole('region', { name: /Ngày Văn hóa Việt Nam/ });
  await back.getByText('Ghi quyết định hoặc sửa ngày lễ này').click();
  await back.getByLabel('Tình trạng').selectOption('proposed');
  await back.getByRole('button', { name: 'Lưu quyết định' }).click();
  await expect(page.getByRole('region', { name: /Ngày Văn hóa Việt Nam/ })).toContainText(
    'Mới có chủ trương',
  );
});
