import { test as base, expect } from '@playwright/test';
import { auditPage } from './page-audit.js';

// The audit every journey runs, tested on pages built here: each check must catch its defect.
const test = base;

const page_ = (body: string) =>
  `<!doctype html><html lang="vi"><head><title>Thử</title><style>
    body { background: #f3f5f8; font: 16px sans-serif; margin: 0 }
    main { background: #fff; padding: 1rem }
    .ghost { background: transparent; color: #fff; border: 2px solid #fff }
  </style></head><body><main><h1>Trang thử</h1>${body}</main></body></html>`;

test('a white button on a white card is caught, though axe leaves it undecided', async ({ page }) => {
  await page.setContent(page_('<button class="ghost">Tải lên</button>'));
  const problems = await auditPage(page);
  expect(problems.map((p) => p.check)).toContain('contrast of a button or link');
  expect(problems.find((p) => p.check === 'contrast of a button or link')?.detail).toContain('Tải lên');
});

test('a readable button and link pass', async ({ page }) => {
  await page.setContent(
    page_('<button style="background:#8a1c1c;color:#fff;border:0">Lưu</button> <a href="#x">Xem</a>'),
  );
  expect(await auditPage(page)).toEqual([]);
});

test('a page wider than the phone is caught', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.setContent(page_('<table><tr><td style="min-width:600px">rộng</td></tr></table>'));
  const problems = await auditPage(page);
  expect(problems.map((p) => p.check)).toContain('sideways scrolling');
});

test('a raw field path and an English message are caught', async ({ page }) => {
  await page.setContent(page_('<p role="alert">recommendation.action: Invalid input</p>'));
  const checks = (await auditPage(page)).map((p) => p.check);
  expect(checks).toContain('raw field path');
  expect(checks).toContain('English message');
});

test('a field name in code and a browser-worded file input are caught', async ({ page }) => {
  await page.setContent(page_('<p>Thiếu inspectionIds</p><label>Tệp <input type="file"></label>'));
  const checks = (await auditPage(page)).map((p) => p.check);
  expect(checks).toContain('raw field path');
  expect(checks).toContain('file input worded by the browser');
});

test('a serious axe violation is caught', async ({ page }) => {
  await page.setContent(page_('<input type="text">'));
  const checks = (await auditPage(page)).map((p) => p.check);
  expect(checks).toContain('axe label');
});
