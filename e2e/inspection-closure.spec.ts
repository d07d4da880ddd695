import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { confirmAct } from './confirm.js';
import { expect, test } from './fixtures.js';
import { signIn } from './sign-in.js';

// The commune of Bình Tường (visited on 05/06/2024, notified in the seed) is used by no other journey.
const UNIT = 'Ủy ban nhân dân xã Bình Tường';
const todayInVietnam = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

// One signed-in page per person for the whole file: sign-ins are throttled per address.
const pages = new Map<string, Page>();
async function as(browser: Browser, username: string): Promise<Page> {
  const known = pages.get(username);
  if (known) {
    await known.goto('/');
    return known;
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username);
  pages.set(username, page);
  return page;
}

/** From the home page to the inspection's page, then to one of its work pages. */
async function openWork(page: Page, link: string) {
  await page.goto('/');
  await page.getByRole('link', { name: UNIT, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Kiểm tra tại ${UNIT}`);
  await page.getByRole('link', { name: link }).click();
  await expect(page.getByRole('navigation', { name: 'Đường dẫn' })).not.toContainText('Cuộc kiểm tra');
}

test.describe.configure({ mode: 'serial' });

test('minutes → findings → conclusion → the unit reports → acceptance → closure', async ({ browser }) => {
  const member = await as(browser, 'thanhvien');
  const leader = await as(browser, 'truongdoan');

  // The team writes the minutes together; the first save starts the inspection.
  await openWork(member, 'Biên bản làm việc');
  await expect(member.getByRole('heading', { level: 1 })).toHaveText(`Biên bản làm việc tại ${UNIT}`);
  await expect(member.getByLabel('Họ và tên người tham dự 1', { exact: true })).toHaveValue('Trần Quốc Bảo');
  await member.getByLabel('Họ và tên người tham dự thêm 1').fill('Lê Văn Sang');
  await member.getByLabel('Chức vụ người tham dự thêm 1').fill('Chủ tịch UBND xã');
  await member.getByLabel('Cơ quan của người tham dự thêm 1').fill('UBND xã Bình Tường');
  await member.getByLabel('Thành phần của người tham dự thêm 1').selectOption('unit_head');
  await member
    .getByLabel('Nội dung trao đổi, thảo luận')
    .fill('Trao đổi về tỷ lệ hồ sơ trực tuyến toàn trình.');
  await member.getByRole('button', { name: 'Lưu biên bản' }).click();
  await expect(member.getByRole('status')).toHaveText('Đã lưu biên bản (phiên bản 1).');
  await expect(member.getByText('Đang kiểm tra').first()).toBeVisible();

  // The leader opens version 1; the member saves version 2 first: the leader's save is refused, not lost.
  await openWork(leader, 'Biên bản làm việc');
  await expect(leader.getByText(/Phiên bản 1, lưu lần cuối bởi Phạm Thị Minh Thư/)).toBeVisible();
  await member
    .getByLabel('Ý kiến kết luận của Trưởng đoàn')
    .fill('Đơn vị cơ bản thực hiện tốt công tác CCHC.');
  await member.getByRole('button', { name: 'Lưu biên bản' }).click();
  await expect(member.getByRole('status')).toHaveText('Đã lưu biên bản (phiên bản 2).');
  await leader.getByLabel('Nội dung trao đổi, thảo luận').fill('Ý kiến của Trưởng đoàn');
  await leader.getByRole('button', { name: 'Lưu biên bản' }).click();
  await expect(leader.getByRole('alert')).toContainText(
    'Biên bản vừa được Phạm Thị Minh Thư lưu (phiên bản 2)',
  );
  await expect(leader.getByRole('heading', { name: 'Nội dung bạn vừa nhập (chưa lưu)' })).toBeVisible();
  await expect(leader.getByLabel('Ý kiến kết luận của Trưởng đoàn')).toHaveValue(
    'Đơn vị cơ bản thực hiện tốt công tác CCHC.',
  );

  // Findings and a recommendation; a shortcoming without responsibility is refused where it is entered.
  await openWork(member, 'Kết quả kiểm tra và kết luận');
  await member.getByLabel('Loại').last().selectOption({ label: 'Tồn tại, hạn chế' });
  await member.getByLabel('Lĩnh vực, nội dung kiểm tra').last().selectOption('A3');
  await member.getByLabel('Nội dung đánh giá').last().fill('Tỷ lệ hồ sơ trực tuyến toàn trình thấp');
  await member.getByRole('button', { name: 'Thêm nội dung đánh giá' }).click();
  const holder = member.locator('#new-holder');
  await expect(holder).toHaveAttribute('aria-invalid', 'true');
  await expect(holder).toBeFocused();
  await expect(member.locator('#new-holder-error')).toHaveText(
    'Hãy nhập tên cá nhân hoặc tập thể chịu trách nhiệm: bắt buộc đối với tồn tại, hạn chế và vi phạm.',
  );
  await expect(member.getByLabel('Nội dung đánh giá').last()).toHaveValue(
    'Tỷ lệ hồ sơ trực tuyến toàn trình thấp',
  );
  await holder.fill('Bộ phận Một cửa');
  await member.getByRole('button', { name: 'Thêm nội dung đánh giá' }).click();
  await expect(member.getByRole('status')).toHaveText('Đã thêm nội dung đánh giá.');
  // The add form is empty again, so that the same finding is not added twice.
  await expect(member.getByLabel('Nội dung đánh giá').last()).toHaveValue('');
  await expect(holder).toHaveValue('');
  await member.getByLabel('Nội dung cần khắc phục').fill('Nâng tỷ lệ hồ sơ trực tuyến toàn trình');
  await member.getByLabel('Cá nhân, tập thể chịu trách nhiệm khắc phục').fill('Chủ tịch UBND xã Bình Tường');
  await member.getByLabel('Thời hạn khắc phục', { exact: true }).fill('31/12/2099');
  await member.getByRole('button', { name: 'Thêm kiến nghị' }).click();
  await expect(member.getByRole('status')).toHaveText('Đã thêm kiến nghị.');
  await expect(member.getByRole('button', { name: 'Ban hành thông báo kết luận' })).toHaveCount(0);

  await openWork(leader, 'Kết quả kiểm tra và kết luận');
  // A draft recommendation is edited; the member's stale edit shows both versions, nothing is lost.
  await leader.getByText('Sửa kiến nghị 1', { exact: true }).click();
  await leader.getByLabel('Sửa kiến nghị 1: người chịu trách nhiệm').fill('UBND xã Bình Tường');
  await leader.getByRole('button', { name: 'Lưu kiến nghị 1' }).click();
  await expect(leader.getByRole('status')).toHaveText('Đã lưu kiến nghị.');
  await member.getByText('Sửa kiến nghị 1', { exact: true }).click();
  await member.getByLabel('Sửa kiến nghị 1: thời hạn').fill('30/11/2099');
  await member.getByRole('button', { name: 'Lưu kiến nghị 1' }).click();
  await expect(member.getByRole('alert')).toContainText('Kiến nghị vừa được người khác thay đổi');
  await expect(member.getByRole('heading', { name: 'Kiến nghị 1 bạn vừa nhập (chưa lưu)' })).toBeVisible();
  await expect(member.getByText('30/11/2099')).toBeVisible();
  await expect(member.getByLabel('Sửa kiến nghị 1: người chịu trách nhiệm')).toHaveValue(
    'UBND xã Bình Tường',
  );
  await expect(member.getByLabel('Sửa kiến nghị 1: thời hạn')).toHaveValue('31/12/2099');
  await expect(leader.getByText('chưa làm rõ trách nhiệm của cá nhân, tập thể có liên quan')).toHaveCount(0);
  await leader.getByText('Sửa nội dung đánh giá 1').click();
  await leader.locator('#f0-holderKind').selectOption({ label: 'Tập thể' });
  await leader.locator('#f0-holder').fill('Bộ phận Một cửa xã Bình Tường');
  await leader.getByRole('button', { name: 'Lưu nội dung đánh giá 1' }).click();
  await expect(leader.getByRole('status')).toHaveText('Đã lưu nội dung đánh giá.');
  // No number is typed: the lead agency's outgoing register gives the first of the year.
  await expect(leader.getByLabel('Số thông báo kết luận', { exact: true })).toHaveCount(0);
  await leader.getByLabel('Ngày thông báo', { exact: true }).fill(todayInVietnam());
  await confirmAct(leader, 'Ban hành thông báo kết luận', {
    says: 'Sau khi ban hành, không sửa được nội dung đánh giá và kiến nghị',
    confirm: 'Ban hành',
  });
  await expect(leader.getByRole('status')).toContainText('Đã ban hành thông báo kết luận');
  await expect(leader.getByText('Số 01/TB-ĐKT')).toBeVisible();
  // Counted from 05/06/2024: 10 working days end on 19/06/2024, so this notice is late.
  await expect(leader.getByText('19/06/2024', { exact: true })).toBeVisible();
  await expect(leader.getByText(/^Đã thông báo trễ \d+ ngày làm việc/)).toBeVisible();

  // The issued notice downloads as a Word file under its Vietnamese name.
  const notice = leader.waitForEvent('download');
  await leader.getByRole('link', { name: 'Tải Thông báo kết luận kiểm tra (Word)' }).click();
  const file = await notice;
  expect(file.suggestedFilename()).toBe(`Thông báo kết luận kiểm tra - ${UNIT}.docx`);
  expect(
    readFileSync(await file.path())
      .subarray(0, 2)
      .toString('latin1'),
  ).toBe('PK');

  // A 2022 conclusion is taken over: its recommendation is flagged overdue wherever it appears.
  await leader.getByLabel('Năm kiểm tra').fill('2022');
  await leader.getByLabel('Cơ quan ban hành').fill('Sở Nội vụ');
  await leader.getByLabel('Số thông báo kết luận năm trước').fill('98/TB-SNV');
  await leader.getByLabel('Ngày thông báo kết luận năm trước').fill('20/09/2022');
  await leader.getByLabel('Kiến nghị chưa khắc phục 1').fill('Kiện toàn bộ phận Một cửa');
  await leader.getByLabel('Trách nhiệm khắc phục (kiến nghị năm trước 1)').fill('UBND xã Bình Tường');
  await leader.getByLabel('Thời hạn khắc phục (kiến nghị năm trước 1)').fill('31/12/2022');
  await leader.getByLabel('Kiến nghị chưa khắc phục 2').fill('Số hóa kết quả giải quyết TTHC');
  await leader
    .getByLabel('Trách nhiệm khắc phục (kiến nghị năm trước 2)')
    .fill('Công chức Văn phòng - Thống kê');
  await leader.getByRole('button', { name: 'Nhập kết luận năm trước' }).click();
  await expect(leader.getByRole('status')).toContainText('Đã nhập kết luận của năm trước');
  await expect(leader.getByText('Kiến nghị theo kết luận kiểm tra năm 2022 (số 98/TB-SNV)')).toHaveCount(2);
  await expect(leader.getByRole('heading', { name: /Số hóa kết quả giải quyết TTHC$/ })).toBeVisible();
  await expect(leader.getByText('Quá hạn khắc phục (hạn 31/12/2022)')).toBeVisible();

  // The unit sees its conclusion and reports on the recommendation.
  const unit = await as(browser, 'xa.binhtuong');
  // The unit's home page flags the visit with its overdue recommendations.
  await expect(unit.getByRole('table').getByText('1 kiến nghị quá hạn khắc phục')).toBeVisible();
  await openWork(unit, 'Kết luận và báo cáo khắc phục của đơn vị');
  await expect(unit.getByText('Thông báo kết luận số 01/TB-ĐKT')).toBeVisible();
  await expect(unit.getByText('Trách nhiệm: Tập thể Bộ phận Một cửa xã Bình Tường')).toBeVisible();
  await expect(unit.getByText('Quá hạn khắc phục (hạn 31/12/2022)')).toBeVisible();
  await unit.getByLabel('Kết quả thực hiện kiến nghị 1').selectOption({ label: 'Đã thực hiện xong' });
  await unit
    .getByLabel('Những việc đã làm cho kiến nghị 1 (hoặc lý do chưa thực hiện)')
    .fill('Đã hướng dẫn người dân nộp hồ sơ trực tuyến');
  await unit
    .getByLabel('Tài liệu kiểm chứng cho kiến nghị 1 (mỗi dòng một tài liệu)')
    .fill('Báo cáo số 12/BC-UBND');
  await unit.getByRole('button', { name: 'Gửi báo cáo khắc phục kiến nghị 1' }).click();
  await expect(unit.getByRole('status')).toHaveText('Đã gửi báo cáo kết quả khắc phục đến Đoàn kiểm tra.');
  await expect(unit.getByText('Đã báo cáo, chờ Đoàn kiểm tra xem xét')).toBeVisible();

  // The closure waits for the review; the member accepts; the leader closes.
  await leader.reload();
  await leader.getByRole('button', { name: 'Kết thúc cuộc kiểm tra' }).click();
  await expect(leader.getByRole('alert')).toContainText('chưa được chấp nhận là đã khắc phục xong');
  await member.reload();
  // Backing out of the dialog changes nothing.
  await member.getByRole('button', { name: 'Chấp nhận báo cáo kiến nghị 1' }).click();
  await member.getByRole('alertdialog').getByRole('button', { name: 'Quay lại' }).click();
  await expect(member.getByRole('alertdialog')).toHaveCount(0);
  await expect(member.getByText('Đã khắc phục xong')).toHaveCount(0);
  await confirmAct(member, 'Chấp nhận báo cáo kiến nghị 1', {
    says: 'Kiến nghị 1 được ghi là đã khắc phục xong',
    confirm: 'Chấp nhận',
  });
  await expect(member.getByRole('status')).toHaveText('Đã chấp nhận báo cáo khắc phục.');
  await expect(member.getByText('Đã khắc phục xong')).toBeVisible();
  for (const n of [2, 3]) {
    await member
      .getByLabel('Lý do chuyển tiếp theo dõi')
      .first()
      .fill('Chờ sắp xếp lại tổ chức bộ máy cấp xã');
    await member.getByRole('button', { name: `Chuyển tiếp theo dõi kiến nghị ${n}` }).click();
    await expect(member.getByRole('status')).toHaveText('Đã chuyển tiếp theo dõi kiến nghị.');
  }
  await leader.reload();
  await leader.getByRole('button', { name: 'Kết thúc cuộc kiểm tra' }).click();
  await expect(leader.getByText('Đã kết thúc').first()).toBeVisible();
  // A carried-over recommendation stays flagged: on the team's home page and on the plan's page.
  await leader.goto('/');
  await expect(leader.getByRole('table').getByText('1 kiến nghị quá hạn khắc phục')).toBeVisible();
  await leader.getByRole('link', { name: UNIT, exact: true }).first().click();
  await leader.getByRole('link', { name: '← Về thời hạn của các cuộc kiểm tra trong kế hoạch' }).click();
  await expect(leader.getByText('1 kiến nghị quá hạn khắc phục')).toBeVisible();
});

test('the leader closes a round of the team; Sở Nội vụ edits and issues its summary report', async ({
  browser,
}) => {
  const leader = await as(browser, 'truongdoan');
  await leader.getByRole('link', { name: 'Đợt kiểm tra' }).click();
  await expect(leader.getByRole('heading', { level: 1 })).toHaveText('Đợt kiểm tra');
  const team = leader.getByRole('region', {
    name: /Lập đợt kiểm tra của Đoàn kiểm tra công tác cải cách hành chính/,
  });
  await team.getByLabel('Tên đợt').fill('Đợt 1');
  await team.getByRole('checkbox', { name: new RegExp(UNIT) }).check();
  await team.getByRole('button', { name: 'Lập đợt kiểm tra' }).click();
  const round = leader.getByRole('region', { name: /^Đợt 1 — / });
  await expect(round.getByRole('listitem').filter({ hasText: UNIT })).toContainText(
    '1 kiến nghị quá hạn khắc phục',
  );
  await confirmAct(leader, 'Kết thúc Đợt 1', {
    says: 'thời hạn báo cáo kết quả kiểm tra bắt đầu tính',
    confirm: 'Kết thúc đợt',
  });
  await expect(round.getByRole('status')).toHaveText(
    'Đã kết thúc đợt kiểm tra; thời hạn báo cáo kết quả kiểm tra bắt đầu tính.',
  );
  await expect(round.getByText(/^Đã kết thúc ngày \d{2}\/\d{2}\/\d{4}\.$/)).toBeVisible();
  // The round ended on 05/06/2024: 20 working days end on 03/07/2024.
  await expect(round.getByText('03/07/2024', { exact: true })).toBeVisible();

  const admin = await as(browser, 'admin');
  await admin.goto('/dot-kiem-tra');
  await admin.getByRole('link', { name: 'Báo cáo kết quả kiểm tra của Đợt 1' }).click();
  // Sở Nội vụ writes its own assessment and proposals; the figures come from the conclusions.
  await expect(admin.getByLabel('Đánh giá chung')).toHaveValue('');
  await admin
    .getByLabel('Đánh giá chung')
    .fill('Xã Bình Tường thực hiện nghiêm túc công tác cải cách hành chính.');
  await admin
    .getByLabel(/^Đề xuất, kiến nghị với UBND tỉnh/)
    .fill('Đề nghị UBND tỉnh biểu dương xã Bình Tường.');
  await admin.getByLabel('Họ và tên người ký').fill('Nguyễn Thanh Phong');
  // A second tab still holds version 0: its save is refused and both versions are shown.
  const stale = await admin.context().newPage();
  await stale.goto(admin.url());
  await admin.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(admin.getByRole('status')).toHaveText('Đã lưu dự thảo báo cáo.');
  await stale.getByLabel('Đánh giá chung').fill('Bản nháp cũ của tab thứ hai');
  await stale.getByLabel('Họ và tên người ký').fill('Nguyễn Thanh Phong');
  await stale.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(stale.getByRole('alert')).toContainText(
    'Báo cáo kết quả kiểm tra vừa được người khác thay đổi',
  );
  await expect(stale.getByRole('heading', { name: 'Nội dung bạn vừa nhập (chưa lưu)' })).toBeVisible();
  await expect(stale.getByText('Bản nháp cũ của tab thứ hai')).toBeVisible();
  await expect(stale.getByLabel(/^Đề xuất, kiến nghị với UBND tỉnh/)).toHaveValue(
    /Đề nghị UBND tỉnh biểu dương xã Bình Tường/,
  );
  await stale.close();
  // No number is typed: Sở Nội vụ's register gives the first report number of the year.
  await expect(admin.getByLabel('Số báo cáo')).toHaveCount(0);
  await admin.getByLabel('Ngày ban hành').fill(todayInVietnam());
  await confirmAct(admin, 'Ban hành báo cáo', {
    says: 'Sau khi ban hành, không sửa được nội dung báo cáo.',
    confirm: 'Ban hành báo cáo',
  });
  await expect(admin.getByText(/^Đã ban hành, số 01\/BC-SNV ngày/)).toBeVisible();
});
