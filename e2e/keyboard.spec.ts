import { expect, test } from './fixtures.js';
import { signIn } from './sign-in.js';

// Keyboard users: a skip link first, a focus ring that stands out (≥ 3:1), named icon buttons.

/** The contrast of the focused element's outline against the colour behind it, computed in the page. */
async function focusRingContrast(page: import('@playwright/test').Page): Promise<number> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: number[]) => {
      const [r, g, b] = c.map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    let behind = 'rgb(255, 255, 255)';
    for (let e = el.parentElement; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor;
      if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') {
        behind = bg;
        break;
      }
    }
    const ratio = (c: string) => {
      const [hi, lo] = [lum(rgb(c)), lum(rgb(behind))].sort((a, b) => b - a) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    // The ring has two tones (a dark inner ring, a yellow outer one): the one that stands out counts.
    const inner = style.boxShadow.match(/rgba?\([^)]+\)/)?.[0];
    const rings = [style.outlineStyle === 'none' ? undefined : style.outlineColor, inner];
    return Math.max(0, ...rings.filter((c): c is string => c !== undefined).map(ratio));
  });
}

test('the first Tab reaches a visible skip link that leads to the page’s content', async ({ page }) => {
  await signIn(page, 'sct');
  await page.goto('/lich?nam=2024');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua thanh điều hướng' });
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
  expect(await focusRingContrast(page)).toBeGreaterThanOrEqual(3);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#noi-dung-chinh$/);
});

test('a focused button and the header’s links show a ring of at least 3:1', async ({ page }) => {
  await signIn(page, 'sct');
  await page.goto('/lich?nam=2024');
  await page.getByRole('button', { name: 'Tính' }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  expect(await focusRingContrast(page)).toBeGreaterThanOrEqual(3);
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Trang chủ' })
    .focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  expect(await focusRingContrast(page)).toBeGreaterThanOrEqual(3);
});

test('the date field’s calendar opens and picks a day with the keyboard alone', async ({ page }) => {
  await signIn(page, 'sct');
  await page.goto('/lich?nam=2024');
  await page.getByLabel('Từ ngày').fill('26/04/2024');
  await page.getByLabel('Từ ngày').press('Tab');
  const open = page.getByRole('button', { name: 'Mở lịch chọn ngày' }).first();
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  const picker = page.locator('.date-picker');
  await expect(picker).toBeVisible();
  await expect(picker.getByRole('button', { name: /\b26 tháng 4\b/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Từ ngày')).toHaveValue('29/04/2024');
  await expect(page.getByLabel('Từ ngày')).toBeFocused();
});
