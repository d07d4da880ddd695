import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * What every page the journeys visit must pass: axe with no serious or critical violation, no
 * colour-contrast result axe could not decide on a control, computed contrast of every visible
 * button and link (axe leaves white-on-transparent buttons "incomplete"), no sideways scrolling
 * at the viewport's width, no raw field path or English message, no browser-worded file input.
 */
export interface PageProblem {
  url: string;
  check: string;
  detail: string;
}

const CONTROL = /^(a|button|summary|input|select|textarea|label)$/;

interface ContrastFinding {
  selector: string;
  text: string;
  ratio: number;
  needed: number;
}

/** Runs in the page: the text contrast of every visible button and link against what shows behind it. */
function controlContrast(selectors: string[] | null): ContrastFinding[] {
  type Rgba = [number, number, number, number];
  const parse = (c: string): Rgba => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m?.[1]) return [0, 0, 0, 0];
    const p = m[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0, p[3] ?? 1];
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const lum = ([r, g, b]: Rgba) => {
    const f = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (a: Rgba, b: Rgba) => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  const background = (el: Element): Rgba => {
    const layers: Rgba[] = [];
    for (let e: Element | null = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    let out: Rgba = [255, 255, 255, 1];
    for (const layer of layers.reverse()) out = over(layer, out);
    return out;
  };
  const nameOf = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls =
      typeof el.className === 'string' && el.className
        ? `.${el.className.trim().split(/\s+/).join('.')}`
        : '';
    return `${el.tagName.toLowerCase()}${id}${cls}`;
  };
  const elements = selectors
    ? selectors.flatMap((s) => Array.from(document.querySelectorAll(s)))
    : Array.from(
        document.querySelectorAll('a[href], button, summary, [role="button"], input[type="submit"]'),
      );
  const out: ContrastFinding[] = [];
  for (const el of elements) {
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden' || Number(style.opacity) === 0)
      continue;
    if ((el as HTMLButtonElement).disabled) continue;
    const text = (el.textContent ?? '').trim();
    if (text === '') continue;
    const fg = over(parse(style.color), background(el));
    const size = Number.parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    const r = ratio(fg, background(el));
    if (r < needed)
      out.push({ selector: nameOf(el), text: text.slice(0, 40), ratio: Math.round(r * 100) / 100, needed });
  }
  return out;
}

// A zod path or a field's code name where a person reads ("recommendation.action: …", "inspectionIds").
const RAW_FIELD = /\b[a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9]+)+\s*:|\b[a-z]+[A-Z][a-zA-Z]*\b/;
// English a person must never read: browser, framework and zod defaults.
const ENGLISH =
  /\b(Invalid input|Required|Expected|must be|is required|Not Found|Internal Error|Choose File|No file chosen|undefined|NaN|\[object Object\]|Something went wrong)\b/;

export async function auditPage(page: Page): Promise<PageProblem[]> {
  const url = page.url();
  const problems: PageProblem[] = [];
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  for (const v of results.violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    for (const node of v.nodes) {
      problems.push({
        url,
        check: `axe ${v.id}`,
        detail: `${node.target.join(' ')}: ${node.failureSummary ?? v.help}`,
      });
    }
  }
  // axe cannot decide the contrast of some controls: decide it here, and fail where it is short.
  const undecided = results.incomplete
    .filter((r) => r.id === 'color-contrast')
    .flatMap((r) => r.nodes)
    .filter((n) => CONTROL.test(/^([a-z]+)/.exec(n.html.replace(/^</, ''))?.[1] ?? ''))
    .map((n) => String(n.target[0]));
  for (const f of await page.evaluate(controlContrast, undecided)) {
    problems.push({
      url,
      check: 'axe could not decide a control’s contrast; computed',
      detail: JSON.stringify(f),
    });
  }
  for (const f of await page.evaluate(controlContrast, null)) {
    problems.push({ url, check: 'contrast of a button or link', detail: JSON.stringify(f) });
  }
  const { scrollWidth, width } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  if (scrollWidth > width + 1) {
    problems.push({
      url,
      check: 'sideways scrolling',
      detail: `page is ${scrollWidth} px wide at ${width} px`,
    });
  }
  // What a person sees, not hidden text: the rendered text.
  // biome-ignore lint/performance/useDomNodeTextContent: hidden nodes must not count
  const text = await page.locator('body').innerText();
  for (const [check, pattern] of [
    ['raw field path', RAW_FIELD],
    ['English message', ENGLISH],
  ] as const) {
    const hit = pattern.exec(text);
    if (hit) problems.push({ url, check, detail: text.slice(Math.max(0, hit.index - 60), hit.index + 80) });
  }
  // The browser draws its own English button ("Choose File") on any file input a person can see.
  const bareFileInputs = await page.evaluate(
    () =>
      Array.from(document.querySelectorAll('input[type="file"]')).filter((el) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return r.width > 2 && r.height > 2 && Number(style.opacity) > 0 && style.visibility !== 'hidden';
      }).length,
  );
  if (bareFileInputs > 0) {
    problems.push({ url, check: 'file input worded by the browser', detail: `${bareFileInputs} visible` });
  }
  return problems;
}
