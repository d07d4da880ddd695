import { expect, test } from './fixtures.js';
import { signIn } from './sign-in.js';

// Issue 18: a create form sent twice from one render (a double click, a retry after a timeout)
// creates once: the page's load gives the form a key, the action passes it to the API.
test('a plan copied twice from one render of the form is copied once', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/ke-hoach/moi');
  const form = page.locator('form[action="?/copy"]');
  const key = await form.locator('input[name="idempotencyKey"]').inputValue();
  expect(key).toMatch(/^[0-9a-f-]{36}$/);
  await form.getByLabel('Năm của kế hoạch mới').fill('2029');

  // The same submission twice, as the browser would resend it, without reloading the page.
  const answers = await form.evaluate(async (element) => {
    const send = () =>
      fetch('?/copy', {
        method: 'POST',
        body: new FormData(element as HTMLFormElement),
        headers: { 'x-sveltekit-action': 'true', accept: 'application/json' },
      }).then((r) => r.json() as Promise<{ type: string; location?: string }>);
    return [await send(), await send()];
  });
  expect(answers[0]?.type).toBe('redirect');
  expect(answers[1]).toEqual(answers[0]);

  // A new render has a new key: the next copy is a new plan.
  await page.goto('/ke-hoach/moi');
  const next = await page.locator('form[action="?/copy"] input[name="idempotencyKey"]').inputValue();
  expect(next).not.toBe(key);

  // The copy is discarded, so that the journeys after this one see the demo's teams and rounds alone.
  await page.goto(answers[0]?.location ?? '/ke-hoach');
  await page.getByRole('button', { name: 'Hủy dự thảo kế hoạch' }).click();
  await page.getByRole('button', { name: 'Hủy dự thảo', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Đã hủy dự thảo kế hoạch.');
});
