import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  type Table,
  TextRun,
} from 'docx';
import {
  FONT,
  halfPoints,
  MOTTO,
  NATIONAL_TITLE,
  PAGE,
  SIZE,
  TEXT_WIDTH_TWIPS,
  twips,
} from './decree30-format.js';
import { numberLine } from './document-number.js';
import type { Frame } from './frame-schema.js';
import { approximateTextWidthMm, centredRule } from './rules.js';
import { columns, layoutTable } from './tables.js';
import { body, centred, gap, lines, run } from './text.js';
import { breakTitle } from './title-lines.js';
import { placeAndDate } from './vietnamese-dates.js';

const [HEADER_LEFT, HEADER_RIGHT] = columns(TEXT_WIDTH_TWIPS, [41, 59]) as [number, number];
const [FOOTER_LEFT, FOOTER_RIGHT] = columns(TEXT_WIDTH_TWIPS, [48, 52]) as [number, number];

/**
 * Decree 30 wants the rules under the issuer and the trích yếu 1/3–1/2 of the text above them;
 * 5/12 sits in the middle, so the estimate of the printed width may be off by a fifth either way.
 */
const RULE_SHARE = 5 / 12;

/** The printed width of the widest of several lines, no wider than the column that holds them. */
const widestLineMm = (text: string, points: number, columnMm: number) =>
  Math.min(columnMm, Math.max(...text.split('\n').map((l) => approximateTextWidthMm(l, points, true))));

/**
 * The header (ô 1–4): parent body and issuer over the number on the left; Quốc hiệu and Tiêu ngữ
 * over the italic place and date on the right. The rule under the issuer is 5/12 of its name,
 * the one under the motto as long as the motto.
 */
function headerTable(frame: Frame): Table {
  const issuerName = frame.issuer.name.toUpperCase();
  const issuerWidth = widestLineMm(issuerName, SIZE.issuer, (HEADER_LEFT * 25.4) / 1440);
  const left: Paragraph[] = [
    ...(frame.issuer.parent
      ? [centred(lines(frame.issuer.parent.toUpperCase(), { size: SIZE.parentBody }))]
      : []),
    centred(lines(issuerName, { size: SIZE.issuer, bold: true })),
    centredRule(HEADER_LEFT, issuerWidth * RULE_SHARE),
    gap(6),
    centred([run(numberLine(frame.reference), { size: SIZE.number })]),
  ];
  const right: Paragraph[] = [
    centred([run(NATIONAL_TITLE, { size: SIZE.nationalTitle, bold: true })]),
    centred([run(MOTTO, { size: SIZE.motto, bold: true })]),
    centredRule(HEADER_RIGHT, approximateTextWidthMm(MOTTO, SIZE.motto, true)),
    gap(6),
    centred([
      run(placeAndDate(frame.place, frame.date, frame.draftYear), { size: SIZE.placeDate, italics: true }),
    ]),
  ];
  return layoutTable([HEADER_LEFT, HEADER_RIGHT], [left, right]);
}

/**
 * Kind and summary (ô 5a), centred and bold, the summary broken before a phrase when it does not
 * fit on a line, with a rule below 5/12 as long as its longest line.
 */
function titleBlock(kind: string, summary: string): Paragraph[] {
  const textWidthMm = (TEXT_WIDTH_TWIPS * 25.4) / 1440;
  const summaryLines = breakTitle(summary, SIZE.summary, textWidthMm);
  return [
    gap(12),
    centred([run(kind.toUpperCase(), { size: SIZE.kind, bold: true })]),
    centred(lines(summaryLines, { size: SIZE.summary, bold: true })),
    centredRule(TEXT_WIDTH_TWIPS, widestLineMm(summaryLines, SIZE.summary, textWidthMm) * RULE_SHARE),
    gap(12),
  ];
}

/** "Kính gửi: …" (ô 9a): one addressee on the line, several one per line with "-", ";" and ".". */
function addresseesBlock(addressees: readonly string[]): Paragraph[] {
  if (addressees.length === 0) return [];
  if (addressees.length === 1) {
    return [centred([run(`Kính gửi: ${addressees[0]}.`)], 120)];
  }
  return [
    new Paragraph({
      indent: { left: twips(40) },
      spacing: { after: 0 },
      children: [run('Kính gửi:')],
    }),
    ...addressees.map(
      (a, i) =>
        new Paragraph({
          indent: { left: twips(55) },
          spacing: { after: i === addressees.length - 1 ? 120 : 0 },
          children: [run(`- ${a}${i === addressees.length - 1 ? '.' : ';'}`)],
        }),
    ),
  ];
}

/** Nơi nhận (ô 9b): the label 12 pt bold italic, the list 11 pt, the last line "- Lưu: VT, …". */
export function recipientsBlock(frame: Pick<Frame, 'recipients' | 'archive'>): Paragraph[] {
  const items = [...frame.recipients.map((r) => `- ${r.replace(/[;.]$/, '')};`), `- Lưu: ${frame.archive}.`];
  return [
    new Paragraph({
      spacing: { after: 0 },
      children: [run('Nơi nhận:', { size: SIZE.recipientsLabel, bold: true, italics: true })],
    }),
    ...items.map(
      (text) => new Paragraph({ spacing: { after: 0 }, children: [run(text, { size: SIZE.recipients })] }),
    ),
  ];
}

/** The signature block (ô 7a–7c): authority and title in bold capitals, room to sign, the name in bold. */
export function signatureBlock(signer: { title: string; name: string }): Paragraph[] {
  return [
    centred(lines(signer.title.toUpperCase(), { size: SIZE.signature, bold: true })),
    // Room for the signature and the seal over it (ô 7c, 8): five empty lines, about 25 mm.
    ...Array.from({ length: 5 }, () => gap(14)),
    centred([run(signer.name, { size: SIZE.signature, bold: true })]),
  ];
}

/** The footer: Nơi nhận on the left, the signature on the right (LEGAL.md §4.3). */
function footerTable(frame: Frame): Table {
  return layoutTable([FOOTER_LEFT, FOOTER_RIGHT], [recipientsBlock(frame), signatureBlock(frame.signer)]);
}

/** The page number centred in the top margin, 14 pt, from the second page on (Phụ lục I §I). */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: halfPoints(SIZE.pageNumber) }),
        ],
      }),
    ],
  });
}

export interface OfficialDocumentParts {
  frame: Frame;
  kind: string;
  summary: string;
  addressees?: readonly string[];
  body: readonly (Paragraph | Table)[];
  /** The closing paragraph ("… ./."), printed on the page of the signature block. */
  closing: string | ParagraphChild[];
  /** Replaces the standard footer (a Biên bản signs with two columns, Mẫu 1.9). */
  footer?: readonly (Paragraph | Table)[];
  /** Document properties: the title shown by Word and LibreOffice. */
  title: string;
}

/** Lays a document out on A4 in the format of Decree 30 and packs it as DOCX bytes. */
export async function packOfficialDocument(parts: OfficialDocumentParts): Promise<Uint8Array> {
  const doc = new Document({
    creator: parts.frame.issuer.name,
    lastModifiedBy: parts.frame.issuer.name,
    title: parts.title,
    description: `${parts.kind} ${parts.summary}`,
    styles: {
      default: {
        // vi-VN on every run: LibreOffice and Word tag the PDF and spell-check in Vietnamese.
        document: { run: { font: FONT, size: halfPoints(SIZE.body), language: { value: 'vi-VN' } } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: twips(PAGE.widthMm),
              height: twips(PAGE.heightMm),
            },
            margin: {
              top: twips(PAGE.marginTopMm),
              bottom: twips(PAGE.marginBottomMm),
              left: twips(PAGE.marginLeftMm),
              right: twips(PAGE.marginRightMm),
              header: twips(8),
              footer: twips(8),
            },
          },
        },
        headers: {
          default: pageNumberHeader(),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children: [
          headerTable(parts.frame),
          ...titleBlock(parts.kind, parts.summary),
          ...addresseesBlock(parts.addressees ?? []),
          ...parts.body,
          // The closing paragraph goes with the signature: a footer never stands alone on a page.
          body(parts.closing, { keepNext: true }),
          new Paragraph({ keepNext: true, spacing: { after: 0, line: 240 }, children: [] }),
          ...(parts.footer ?? [footerTable(parts.frame)]),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
