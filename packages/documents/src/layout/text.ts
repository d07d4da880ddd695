import { AlignmentType, type IRunOptions, LineRuleType, Paragraph, type ParagraphChild, TextRun } from 'docx';
import { FIRST_LINE_INDENT_TWIPS, FONT, halfPoints, PARAGRAPH_SPACING, SIZE } from './decree30-format.js';

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

/** A run of text in Times New Roman at `size` points (the body size by default). */
export function run(text: string, style: RunStyle = {}): TextRun {
  const options: IRunOptions = {
    text,
    font: FONT,
    size: halfPoints(style.size ?? SIZE.body),
    bold: style.bold ?? false,
    italics: style.italics ?? false,
  };
  return new TextRun(options);
}

/** Text with line breaks ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC") as runs separated by breaks. */
export function lines(text: string, style: RunStyle = {}): ParagraphChild[] {
  return text.split('\n').map((line, i) =>
    i === 0
      ? run(line, style)
      : new TextRun({
          text: line,
          break: 1,
          font: FONT,
          size: halfPoints(style.size ?? SIZE.body),
          bold: style.bold ?? false,
          italics: style.italics ?? false,
        }),
  );
}

/** A centred paragraph with no spacing, for the header, title and signature blocks. */
export function centred(children: ParagraphChild[], spacingAfter = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: spacingAfter }, children });
}

/** A body paragraph: justified, first line indented 1.27 cm, 6 pt after (Phụ lục I §II.6). */
export function body(
  children: ParagraphChild[] | string,
  options: { indent?: boolean; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    keepNext: options.keepNext ?? false,
    indent: options.indent === false ? undefined : { firstLine: FIRST_LINE_INDENT_TWIPS },
    spacing: { ...PARAGRAPH_SPACING },
    children: typeof children === 'string' ? [run(children)] : children,
  });
}

/**
 * A section heading of a Kế hoạch, Báo cáo or Thông báo: "I. KẾT QUẢ …" in bold, kept on the page
 * of the text that follows it (a heading never ends a page).
 */
export function heading(text: string, style: { italics?: boolean } = {}): Paragraph {
  return body([run(text, { bold: true, italics: style.italics ?? false })], { keepNext: true });
}

/** An empty paragraph of `points` height. */
export function gap(points = 6): Paragraph {
  return new Paragraph({
    spacing: { after: 0, line: points * 20, lineRule: LineRuleType.EXACT },
    children: [],
  });
}

/**
 * The text with its first letter in lower case, for a phrase continued inside a sentence; an
 * acronym ("CCHC", "UBND") stays as it is.
 * @example lowerFirst('Kết quả thực hiện CCHC') // 'kết quả thực hiện CCHC'
 */
export function lowerFirst(text: string): string {
  const first = text.split(' ')[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase()) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
