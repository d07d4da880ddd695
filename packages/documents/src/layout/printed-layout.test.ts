import { beforeAll, describe, expect, it } from 'vitest';
import { LENGTHENED_DOCUMENTS, SAMPLE_DOCUMENTS, type SampleDocument } from '../testing/all-documents.js';
import { convertWithLibreOffice } from '../testing/libreoffice.js';
import {
  type PrintedDocument,
  type PrintedLine,
  type PrintedRule,
  readPrintedDocument,
} from '../testing/pdf-layout.js';

/**
 * What a reader sees on paper, read back from the PDF that LibreOffice prints (text positions and
 * the strokes of the rules), not from the DOCX's XML: Decree 30/2020 Phụ lục I (LEGAL.md §4.2–4.3).
 */
const DOCUMENTS: readonly SampleDocument[] = [...SAMPLE_DOCUMENTS, ...LENGTHENED_DOCUMENTS];
const MM = 72 / 25.4;
const printed = new Map<string, PrintedDocument>();

beforeAll(async () => {
  const readings = await convertWithLibreOffice(
    await Promise.all(DOCUMENTS.map(async (d) => ({ name: d.name, bytes: await d.generate() }))),
  );
  for (const [name, reading] of readings) printed.set(name, await readPrintedDocument(reading.pdf));
}, 300_000);

function open(name: string): PrintedDocument {
  const doc = printed.get(name);
  if (!doc) throw new Error(`LibreOffice printed no PDF for ${name}`);
  return doc;
}

const centre = (x: { x0: number; x1: number }) => (x.x0 + x.x1) / 2;
const widest = (lines: readonly PrintedLine[]) => Math.max(...lines.map((l) => l.x1 - l.x0));

/** The rule under a block of lines: its length against the widest line, and how far off centre. */
function ruleUnder(lines: readonly PrintedLine[], rule: PrintedRule | undefined) {
  if (!rule || lines.length === 0) return { ratio: 0, offCentre: Number.POSITIVE_INFINITY };
  const widestLine = lines.reduce((a, b) => (b.x1 - b.x0 > a.x1 - a.x0 ? b : a));
  return {
    ratio: (rule.x1 - rule.x0) / widest(lines),
    offCentre: Math.abs(centre(rule) - centre(widestLine)),
  };
}

/** The issuer's bold lines in the left header column and the first rule below them. */
function issuerBlock(doc: PrintedDocument) {
  const page1 = doc.lines.filter((l) => l.page === 1);
  const numberLine = page1.find((l) => l.text.startsWith('Số:'));
  if (!numberLine) throw new Error('no "Số:" line on page 1');
  const column = (x: { x0: number; x1: number }) => centre(x) < doc.pageWidth * 0.45;
  const rule = doc.rules
    .filter((r) => r.page === 1 && r.y < numberLine.y && column(r))
    .sort((a, b) => a.y - b.y)[0];
  const lines = page1.filter((l) => l.bold && column(l) && l.y < (rule?.y ?? numberLine.y));
  return { lines, rule };
}

/** The bold trích yếu lines under the kind line and the first rule below them. */
function summaryBlock(doc: PrintedDocument, kind: string) {
  const page1 = doc.lines.filter((l) => l.page === 1);
  const kindLine = page1.find((l) => l.bold && l.text === kind);
  if (!kindLine) throw new Error(`no "${kind}" line on page 1`);
  const rule = doc.rules.filter((r) => r.page === 1 && r.y > kindLine.y).sort((a, b) => a.y - b.y)[0];
  const lines = page1.filter((l) => l.bold && l.y > kindLine.y && l.y < (rule?.y ?? kindLine.y));
  return { lines, rule };
}

describe.each(DOCUMENTS)('$name as printed', (d) => {
  it('has a rule under the issuing body a third to a half as long as its name, centred under it', () => {
    const { lines, rule } = issuerBlock(open(d.name));
    expect(lines.map((l) => l.text).join(' ')).toBe(d.issuer.toUpperCase().replace(/\n/g, ' '));
    const { ratio, offCentre } = ruleUnder(lines, rule);
    expect(ratio).toBeGreaterThanOrEqual(1 / 3);
    expect(ratio).toBeLessThanOrEqual(1 / 2);
    expect(offCentre).toBeLessThan(3);
  });

  it('has a rule under the trích yếu a third to a half as long as its longest line, centred', () => {
    const { lines, rule } = summaryBlock(open(d.name), d.kind);
    expect(lines.length).toBeGreaterThan(0);
    const { ratio, offCentre } = ruleUnder(lines, rule);
    expect(ratio).toBeGreaterThanOrEqual(1 / 3);
    expect(ratio).toBeLessThanOrEqual(1 / 2);
    expect(offCentre).toBeLessThan(3);
  });

  it('never ends a page on a heading: every page but the last ends on ordinary text', () => {
    const doc = open(d.name);
    for (let page = 1; page < doc.pages; page += 1) {
      const onPage = doc.lines.filter((l) => l.page === page).sort((a, b) => a.y - b.y);
      const last = onPage[onPage.length - 1];
      expect(last?.bold, `page ${page} of ${doc.pages} ends on the heading "${last?.text}"`).toBe(false);
    }
  });

  it('keeps each signature block with text of the body on its page, with room to sign and seal', () => {
    const doc = open(d.name);
    for (const signer of d.signers) {
      const name = [...doc.lines].reverse().find((l) => l.bold && l.text === signer);
      expect(name, `no signature of ${signer}`).toBeDefined();
      if (!name) continue;
      const sameColumn = doc.lines.filter(
        (l) => l.page === name.page && l.y < name.y && Math.abs(centre(l) - centre(name)) < 40,
      );
      const title = sameColumn.sort((a, b) => b.y - a.y)[0];
      expect(title?.bold, `the line above ${signer} is the signer's title`).toBe(true);
      const room = name.y - name.size - (title?.y ?? 0);
      expect(room, `room to sign above ${signer}`).toBeGreaterThanOrEqual(22 * MM);
      let top = title ?? name;
      for (const l of sameColumn.sort((a, b) => b.y - a.y)) {
        if (l.bold && top.y - l.y < 2.5 * l.size) top = l;
      }
      const recipients = doc.lines.find(
        (l) => l.page === name.page && l.text === 'Nơi nhận:' && l.y <= name.y && l.y >= top.y - 40,
      );
      const footerTop = Math.min(top.y, recipients?.y ?? top.y) - top.size;
      const bodyAbove = doc.lines.filter(
        (l) => l.page === name.page && l.y < footerTop && l.text !== String(name.page),
      );
      expect(bodyAbove.length, `${signer} signs on a page with no body text`).toBeGreaterThan(0);
    }
  });

  it('prints each line left to fill by hand as one whole line, never wrapped into a stub', () => {
    const doc = open(d.name);
    const dotted = doc.lines.filter((l) => /^…+$/.test(l.text));
    for (const l of dotted) expect(l.x1 - l.x0, `a line of dots on page ${l.page}`).toBeGreaterThan(120 * MM);
  });

  it('is tagged Vietnamese (vi-VN), titled, and authored by the issuing body', () => {
    const doc = open(d.name);
    expect(doc.language).toBe('vi-VN');
    expect(doc.title.length).toBeGreaterThan(10);
    expect(doc.author).toBe(d.issuer);
  });
});
