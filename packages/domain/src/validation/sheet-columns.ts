import { type PlanningIssue, planningIssue } from '../planning/planning-issue.js';
import { nameKey } from '../planning/unit-lookup.js';

/**
 * The reader of a spreadsheet's header row for one import: the template's heading of each column,
 * or another heading people give it, compared without case (accents kept).
 * @example sheetColumnReader({ name: 'Tên' }, { name: ['Họ tên'] })('HỌ TÊN') // 'name'
 */
export function sheetColumnReader<C extends string>(
  headings: Readonly<Record<C, string>>,
  aliases: Readonly<Record<C, readonly string[]>>,
): (header: string) => C | undefined {
  const columnOf = new Map<string, C>(
    (Object.keys(headings) as C[]).flatMap((column) =>
      [headings[column], ...aliases[column]].map((h) => [nameKey(h), column] as const),
    ),
  );
  return (header) => columnOf.get(nameKey(header.normalize('NFC')));
}

/**
 * The header row must name every required column; otherwise every row would fail for the same
 * reason, so the file is refused once, saying which columns are missing.
 */
export function checkSheetHeader<C extends string>(
  headings: Readonly<Record<C, string>>,
  present: ReadonlySet<C>,
  required: readonly C[],
): PlanningIssue<'header_missing'> | null {
  const missing = required.filter((c) => !present.has(c));
  if (missing.length === 0) return null;
  return planningIssue(
    'header_missing',
    `Dòng 1 của tệp phải là dòng tiêu đề với các cột: ${Object.values<string>(headings).join(', ')}; thiếu cột ${missing.map((c) => headings[c]).join(', ')}.`,
    { field: 'fileBase64' },
  );
}
