import { isValidYmd } from '@kiemtra/domain';
import { formatDate } from '$lib/format';

/**
 * The administrator's form for a year's day-off schedule keeps each list in a textarea, one day a
 * line, "ngày | tên | loại" (dates dd/mm/yyyy): it works without JavaScript, can be pasted from
 * the announcing document, and reads the same as it is printed. These functions turn the lists
 * into text and back, keeping each entry's line number so that an error can name its line.
 */

export type DayOffKind = 'holiday' | 'swap' | 'compensatory';

export interface DayOffEntry {
  date: string;
  name: string;
  kind: DayOffKind;
}

export interface WorkingDayEntry {
  date: string;
  name: string;
}

export interface Parsed<T> {
  entries: T[];
  /** The 1-based line of each entry, for messages about entry i. */
  lines: number[];
  /** Vietnamese messages, each naming its line. */
  errors: string[];
}

/** The word written for each kind (the first one) and the words accepted for it. */
export const DAY_OFF_KIND_WORDS: Record<DayOffKind, readonly string[]> = {
  holiday: ['lễ', 'nghỉ lễ', 'tết', 'holiday'],
  compensatory: ['bù', 'nghỉ bù', 'compensatory'],
  swap: ['hoán đổi', 'nghỉ hoán đổi', 'swap'],
};

const normalize = (s: string) => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

function kindOf(word: string): DayOffKind | undefined {
  const w = normalize(word);
  for (const [kind, words] of Object.entries(DAY_OFF_KIND_WORDS) as [DayOffKind, readonly string[]][]) {
    if (words.includes(w)) return kind;
  }
  return undefined;
}

/**
 * A date typed as dd/mm/yyyy (or d/m/yyyy, or yyyy-mm-dd) as an ISO date; null when it is not a
 * real date.
 * @example parseVietnameseDate('4/5/2024') // '2024-05-04'
 */
export function parseVietnameseDate(text: string): string | null {
  const t = text.trim();
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  let year: number;
  let month: number;
  let day: number;
  if (vn) [day, month, year] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  if (!isValidYmd(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days off as the textarea shows them. */
export function daysOffToText(days: readonly DayOffEntry[]): string {
  return days.map((d) => `${formatDate(d.date)} | ${d.name} | ${DAY_OFF_KIND_WORDS[d.kind][0]}`).join('\n');
}

/** Working weekend days as the textarea shows them. */
export function workingDaysToText(days: readonly WorkingDayEntry[]): string {
  return days.map((d) => `${formatDate(d.date)} | ${d.name}`).join('\n');
}

/** Splits the textarea into its meaningful lines: blank lines and lines starting with # are left out. */
function meaningfulLines(text: string): { line: number; parts: string[] }[] {
  return text
    .split(/\r?\n/)
    .map((raw, i) => ({ line: i + 1, raw: raw.trim() }))
    .filter(({ raw }) => raw !== '' && !raw.startsWith('#'))
    .map(({ line, raw }) => ({ line, parts: raw.split('|').map((p) => p.trim()) }));
}

function dateOf(part: string | undefined, line: number, errors: string[]): string | null {
  const date = parseVietnameseDate(part ?? '');
  if (!date) errors.push(`Dòng ${line}: “${part ?? ''}” không phải là ngày (ghi theo dạng dd/mm/yyyy).`);
  return date;
}

/**
 * Reads "ngày | tên | loại" lines; the kind may be left out, which means a holiday (lễ).
 * @example parseDaysOffText('29/04/2024 | Nghỉ hoán đổi | hoán đổi').entries
 *   // [{ date: '2024-04-29', name: 'Nghỉ hoán đổi', kind: 'swap' }]
 */
export function parseDaysOffText(text: string): Parsed<DayOffEntry> {
  const result: Parsed<DayOffEntry> = { entries: [], lines: [], errors: [] };
  for (const { line, parts } of meaningfulLines(text)) {
    const date = dateOf(parts[0], line, result.errors);
    let kind: DayOffKind | undefined = 'holiday';
    let nameParts = parts.slice(1);
    if (parts.length >= 3) {
      const last = parts.at(-1) ?? '';
      kind = kindOf(last);
      nameParts = parts.slice(1, -1);
      if (!kind) {
        result.errors.push(
          `Dòng ${line}: loại ngày nghỉ “${last}” không rõ; ghi “lễ”, “bù” hoặc “hoán đổi”.`,
        );
      }
    }
    const name = nameParts.join(' | ').trim();
    if (!name) result.errors.push(`Dòng ${line}: thiếu tên ngày nghỉ (ví dụ “Tết Nguyên đán”).`);
    if (date && kind && name) {
      result.entries.push({ date, name, kind });
      result.lines.push(line);
    }
  }
  return result;
}

/**
 * Reads "ngày | tên" lines of Saturdays or Sundays made working days.
 * @example parseWorkingDaysText('04/05/2024 | Làm bù cho ngày 29/4/2024').entries
 *   // [{ date: '2024-05-04', name: 'Làm bù cho ngày 29/4/2024' }]
 */
export function parseWorkingDaysText(text: string): Parsed<WorkingDayEntry> {
  const result: Parsed<WorkingDayEntry> = { entries: [], lines: [], errors: [] };
  for (const { line, parts } of meaningfulLines(text)) {
    const date = dateOf(parts[0], line, result.errors);
    const name = parts.slice(1).join(' | ').trim();
    if (!name) result.errors.push(`Dòng ${line}: thiếu tên ngày làm bù (ví dụ “Làm bù cho ngày 29/4/2024”).`);
    if (date && name) {
      result.entries.push({ date, name });
      result.lines.push(line);
    }
  }
  return result;
}

export type ScheduleField = 'source' | 'daysOff' | 'workingWeekendDays' | 'form';

/**
 * Places the API's issues (path 'schedule.daysOff.3.date' …) beside the field they are about, the
 * entry's index turned back into its line in the textarea.
 */
export function issuesByField(
  issues: readonly { path: string; message: string }[],
  lines: { daysOff: readonly number[]; workingWeekendDays: readonly number[] },
): Record<ScheduleField, string[]> {
  const out: Record<ScheduleField, string[]> = { source: [], daysOff: [], workingWeekendDays: [], form: [] };
  for (const issue of issues) {
    const [root, field, index] = issue.path.split('.');
    if (
      root !== 'schedule' ||
      (field !== 'source' && field !== 'daysOff' && field !== 'workingWeekendDays')
    ) {
      out.form.push(issue.message);
      continue;
    }
    const line = field === 'source' || index === undefined ? undefined : lines[field][Number(index)];
    out[field].push(line === undefined ? issue.message : `Dòng ${line}: ${issue.message}`);
  }
  return out;
}
