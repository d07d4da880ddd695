import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A line of text as printed: its page, its box in points from the top-left corner, its font. */
export interface PrintedLine {
  page: number;
  text: string;
  x0: number;
  x1: number;
  /** Baseline, points from the top of the page. */
  y: number;
  size: number;
  bold: boolean;
}

/** A horizontal stroke (a rule under a heading, a table border). */
export interface PrintedRule {
  page: number;
  x0: number;
  x1: number;
  y: number;
}

export interface PrintedDocument {
  pages: number;
  pageWidth: number;
  pageHeight: number;
  lines: PrintedLine[];
  rules: PrintedRule[];
  title: string;
  author: string;
  language: string;
}

interface TextPiece {
  str: string;
  x: number;
  width: number;
  y: number;
  size: number;
  bold: boolean;
}

/** Pieces on one baseline, split where a gap wider than `gap` points separates two columns. */
function joinLines(page: number, pieces: TextPiece[], gap = 18): PrintedLine[] {
  const byBaseline = new Map<number, TextPiece[]>();
  for (const p of pieces) {
    const key = Math.round(p.y * 2) / 2;
    byBaseline.set(key, [...(byBaseline.get(key) ?? []), p]);
  }
  const lines: PrintedLine[] = [];
  for (const [y, row] of [...byBaseline].sort((a, b) => a[0] - b[0])) {
    const sorted = row.sort((a, b) => a.x - b.x);
    let current: TextPiece[] = [];
    const flush = () => {
      if (current.length === 0) return;
      const first = current[0] as TextPiece;
      const last = current[current.length - 1] as TextPiece;
      const text = current
        .map((c) => c.str)
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
      if (text !== '') {
        lines.push({
          page,
          text,
          x0: first.x,
          x1: last.x + last.width,
          y,
          size: Math.max(...current.map((c) => c.size)),
          bold: current.filter((c) => c.str.trim() !== '').every((c) => c.bold),
        });
      }
      current = [];
    };
    for (const piece of sorted) {
      const prev = current[current.length - 1];
      if (prev && piece.x - (prev.x + prev.width) > gap) flush();
      current.push(piece);
    }
    flush();
  }
  return lines;
}

/** Horizontal strokes of a page's operator list (LibreOffice draws rules and borders as strokes). */
function strokesOf(page: number, height: number, fnArray: number[], argsArray: unknown[]): PrintedRule[] {
  const rules: PrintedRule[] = [];
  fnArray.forEach((fn, i) => {
    if (fn !== OPS.constructPath) return;
    const [after, data] = argsArray[i] as [number, ArrayLike<number>[]];
    if (after !== OPS.stroke) return;
    const path = Array.from(data[0] ?? []);
    // moveTo x y, lineTo x y: ops 0 and 1 in pdfjs's path encoding.
    if (path.length !== 6 || path[0] !== 0 || path[3] !== 1) return;
    const [, xa = 0, ya = 0, , xb = 0, yb = 0] = path;
    if (Math.abs(ya - yb) > 0.5) return;
    const rule = { page, x0: Math.min(xa, xb), x1: Math.max(xa, xb), y: height - ya };
    if (!rules.some((r) => r.page === page && Math.abs(r.y - rule.y) < 0.5 && Math.abs(r.x0 - rule.x0) < 0.5))
      rules.push(rule);
  });
  return rules;
}

/**
 * Reads a PDF as a reader sees it: every printed line with its position, size and weight, every
 * horizontal rule, and the document's title, author and language.
 * @example const printed = await readPrintedDocument(pdfBytes); printed.lines.filter((l) => l.page === 1)
 */
export async function readPrintedDocument(bytes: Uint8Array): Promise<PrintedDocument> {
  const task = getDocument({ data: new Uint8Array(bytes), fontExtraProperties: true });
  const pdf = await task.promise;
  const meta = await pdf.getMetadata();
  const info = meta.info as Record<string, unknown>;
  const lines: PrintedLine[] = [];
  const rules: PrintedRule[] = [];
  let pageWidth = 0;
  let pageHeight = 0;
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const [, , width = 0, height = 0] = page.view;
    pageWidth = width;
    pageHeight = height;
    const ops = await page.getOperatorList();
    const content = await page.getTextContent();
    const pieces: TextPiece[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const font = page.commonObjs.get(item.fontName) as { name?: string } | undefined;
      const [size = 0, , , , x = 0, y = 0] = item.transform as number[];
      pieces.push({
        str: item.str,
        x,
        width: item.width,
        y: height - y,
        size,
        bold: /Bold/.test(font?.name ?? ''),
      });
    }
    lines.push(...joinLines(n, pieces));
    rules.push(...strokesOf(n, height, ops.fnArray, ops.argsArray));
  }
  const pages = pdf.numPages;
  await task.destroy();
  return {
    pages,
    pageWidth,
    pageHeight,
    lines,
    rules,
    title: String(info.Title ?? ''),
    author: String(info.Author ?? ''),
    language: String(info.Language ?? ''),
  };
}
