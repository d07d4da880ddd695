import { expect, type Page } from '@playwright/test';

/**
 * Clicks an irreversible act's button, checks that the dialog says what will happen, and confirms.
 */
export async function confirmAct(
  page: Page,
  button: string,
  { says, confirm }: { says: string | RegExp; confirm: string },
): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText(says);
  await dialog.getByRole('button', { name: confirm, exact: true }).click();
  await expect(dialog).toHaveCount(0);
}
