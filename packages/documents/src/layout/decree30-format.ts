/**
 * The format of Decree 30/2020/NĐ-CP, Phụ lục I (LEGAL.md §4): A4 portrait, margins top and bottom
 * 20–25 mm, left 30–35 mm, right 15–20 mm, Times New Roman, black. Sizes are in points; docx wants
 * half-points (`halfPoints`).
 */
export const FONT = 'Times New Roman';

export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
} as const;

/** Millimetres to twips (1/1440 inch), rounded: A4 is 11906 × 16838 twips, as Word writes it. */
export const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** Twips of the text width: A4 less the left and right margins. */
export const TEXT_WIDTH_TWIPS = twips(PAGE.widthMm - PAGE.marginLeftMm - PAGE.marginRightMm);

/** Point sizes of each element (Phụ lục I §II, LEGAL.md §4.2), the lower bound where a range allows it. */
export const SIZE = {
  nationalTitle: 12,
  motto: 13,
  parentBody: 12,
  issuer: 12,
  number: 13,
  placeDate: 14,
  kind: 14,
  summary: 14,
  body: 14,
  table: 12,
  signature: 14,
  recipientsLabel: 12,
  recipients: 11,
  pageNumber: 14,
} as const;

/** docx measures font sizes in half-points. */
export const halfPoints = (points: number): number => points * 2;

/** First-line indent of body paragraphs: 1.27 cm. */
export const FIRST_LINE_INDENT_TWIPS = twips(12.7);

/** At least 6 pt between paragraphs; line spacing between single and 1.5 (here 1.15). */
export const PARAGRAPH_SPACING = { after: 120, line: 276 } as const;

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
