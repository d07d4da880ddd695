import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import { auditPage, type PageProblem } from './page-audit.js';

export { expect };

// One worker runs the journeys in order, so this lasts the whole run.
const AUDITED = new Set<string>();
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** A page's kind: its path with ids replaced, and the names of its query parameters. */
function routeOf(path: string): string {
  const url = new URL(path, 'http://x');
  const params = [...url.searchParams.keys()].sort().join(',');
  return `${url.pathname.replace(UUID, ':id').replace(/\/\d{4}$/, '/:year')}?${params}`;
}

/**
 * The journeys' `test`: every page a journey opens, in every browser context it opens (every
 * role), is audited once more at the end of the test, in the same session, by auditPage. The
 * pages are revisited rather than audited mid-journey so that the audit never races the journey.
 */
export const test = base.extend<{ pageAudit: undefined }>({
  pageAudit: [
    async ({ browser, context }, use, testInfo) => {
      const visited = new Map<BrowserContext, Set<string>>();
      const track = (ctx: BrowserContext) => {
        if (visited.has(ctx)) return;
        visited.set(ctx, new Set());
        const watch = (p: Page) =>
          p.on('framenavigated', (frame) => {
            if (frame !== p.mainFrame()) return;
            const url = new URL(frame.url());
            if (url.protocol !== 'http:') return;
            visited.get(ctx)?.add(`${url.pathname}${url.search}`);
          });
        for (const p of ctx.pages()) watch(p);
        ctx.on('page', watch);
        const close = ctx.close.bind(ctx);
        ctx.close = async (options) => {
          await auditContext(ctx);
          return close(options);
        };
      };
      const problems: PageProblem[] = [];
      const audited = new Set<BrowserContext>();
      const auditContext = async (ctx: BrowserContext) => {
        if (audited.has(ctx) || testInfo.status !== testInfo.expectedStatus) return;
        audited.add(ctx);
        const page = await ctx.newPage();
        for (const path of [...(visited.get(ctx) ?? [])]) {
          const response = await page.goto(path, { waitUntil: 'networkidle' });
          // A page that now answers with an error (a draft since deleted) or sends elsewhere is skipped.
          if (!response || response.status() >= 400 || new URL(page.url()).pathname !== path.split('?')[0])
            continue;
          // Each kind of page once per person and viewport in a run: the audit is slow on big pages.
          const who = await page.evaluate(
            () => document.querySelector('.app-header__user strong')?.textContent ?? 'ẩn danh',
          );
          const key = `${who}|${page.viewportSize()?.width}|${routeOf(path)}`;
          if (AUDITED.has(key)) continue;
          AUDITED.add(key);
          problems.push(...(await auditPage(page)));
        }
        await page.close();
      };
      track(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const ctx = await newContext(options);
        track(ctx);
        return ctx;
      };
      await use(undefined);
      browser.newContext = newContext;
      for (const ctx of visited.keys()) await auditContext(ctx);
      const report = problems.map((p) => `${p.url}\n  [${p.check}] ${p.detail}`).join('\n');
      expect(report, 'pages that fail the audit').toBe('');
    },
    { auto: true, timeout: 600_000 },
  ],
});
