import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx';
import { twips } from './decree30-format.js';

/**
 * A short solid rule under a centred line, drawn as the bottom border of an empty paragraph whose
 * indents leave `lengthMm` in the middle of a `widthTwips` column. Decree 30 wants it as long as
 * the motto, and 1/3–1/2 of the text under the issuer and the summary (LEGAL.md §4.3).
 */
export function centredRule(widthTwips: number, lengthMm: number): Paragraph {
  const length = twips(lengthMm);
  const side = Math.max(0, Math.round((widthTwips - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { after: 0, line: 20, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

/**
 * The printed width of a line of Times New Roman, roughly: the average advance of its letters is
 * about half the point size (capitals ~0.7 of it). Enough to size a rule "as long as the text".
 */
export function approximateTextWidthMm(text: string, points: number, bold: boolean): number {
  let ems = 0;
  for (const ch of text) {
    if (ch === ' ') ems += 0.25;
    else if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) ems += 0.7;
    else ems += 0.47;
  }
  const mmPerEm = (points * 25.4) / 72;
  return ems * mmPerEm * (bold ? 1.05 : 1);
}
