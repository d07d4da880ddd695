import {
  AlignmentType,
  BorderStyle,
  type IBorderOptions,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import { SIZE } from './decree30-format.js';
import { run } from './text.js';

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

const noBorders = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const allBorders = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};

/**
 * A borderless table of fixed columns: the header and footer of Decree 30 are laid out as two
 * columns side by side (LEGAL.md §4.3).
 */
export function layoutTable(columnWidths: readonly number[], cells: readonly Paragraph[][]): Table {
  return new Table({
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...columnWidths],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [
      // One row that never splits: a signature block is never cut from its name across a page.
      new TableRow({
        cantSplit: true,
        children: cells.map(
          (children, i) =>
            new TableCell({
              width: { size: columnWidths[i] ?? 0, type: WidthType.DXA },
              borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
              margins: { left: 0, right: 0 },
              children,
            }),
        ),
      }),
    ],
  });
}

/** A cell of a data table: text, or paragraphs already built. */
export type DataCell = string | Paragraph[];

/**
 * A ruled data table (a schedule, counts by area …) at 12 pt, with a bold centred header row that
 * repeats on every page.
 */
export function dataTable(
  columnWidths: readonly number[],
  header: readonly string[],
  rows: readonly DataCell[][],
): Table {
  const cell = (content: DataCell, width: number, isHeader: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children:
        typeof content === 'string'
          ? content.split('\n').map(
              (line) =>
                new Paragraph({
                  alignment: isHeader ? AlignmentType.CENTER : AlignmentType.LEFT,
                  spacing: { after: 0 },
                  children: [run(line, { size: SIZE.table, bold: isHeader })],
                }),
            )
          : content,
    });
  return new Table({
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...columnWidths],
    layout: TableLayoutType.FIXED,
    borders: allBorders,
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((h, i) => cell(h, columnWidths[i] ?? 0, true)),
      }),
      ...rows.map(
        (r) =>
          new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, columnWidths[i] ?? 0, false)) }),
      ),
    ],
  });
}

/** A data table followed by 6 pt of space, so that the next paragraph does not touch its last row. */
export function tableBlock(
  columnWidths: readonly number[],
  header: readonly string[],
  rows: readonly DataCell[][],
): [Table, Paragraph] {
  return [dataTable(columnWidths, header, rows), new Paragraph({ spacing: { after: 120 }, children: [] })];
}

/** Splits the text width into columns proportional to `weights`, in whole twips. */
export function columns(totalTwips: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((totalTwips * w) / sum));
  const rest = totalTwips - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}
