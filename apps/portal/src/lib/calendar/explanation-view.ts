import { parseIsoDate, READING_LABELS, weekdayName } from '@kiemtra/domain';

/**
 * An explanation as the portal shows it: the API's lines (already in Vietnamese) split into the
 * sentences and the day-by-day steps, and each step given its weekday, so that components only
 * lay it out. Runs in load functions (the domain's date helpers stay on the server).
 */

interface ExplanationIn {
  dueDate: string;
  reading: 'A' | 'B' | null;
  lines: string[];
  steps: { date: string; counted: boolean; ordinal: number | null; label: string }[];
  otherReading: { reading: 'A' | 'B'; dueDate: string } | null;
}

export interface ExplanationView {
  dueDate: string;
  reading: 'A' | 'B' | null;
  readingLabel: string | null;
  otherReading: { reading: 'A' | 'B'; dueDate: string } | null;
  /** Each line, marked when it is one counted or skipped day ("- Thứ Hai 06/05/2024: …"). */
  lines: { text: string; step: boolean }[];
  steps: { date: string; weekday: string; counted: boolean; ordinal: number | null; label: string }[];
  countedCount: number;
  skippedCount: number;
}

/**
 * @example explanationView(deadline.explanation).steps[0] // { date: '2024-05-06', weekday: 'Thứ Hai', counted: true, … }
 */
export function explanationView(e: ExplanationIn): ExplanationView {
  const steps = e.steps.map((s) => ({ ...s, weekday: weekdayName(parseIsoDate(s.date)) }));
  return {
    dueDate: e.dueDate,
    reading: e.reading,
    readingLabel: e.reading ? READING_LABELS[e.reading] : null,
    otherReading: e.otherReading,
    lines: e.lines.map((line) =>
      line.startsWith('- ') ? { text: line.slice(2), step: true } : { text: line, step: false },
    ),
    steps,
    countedCount: steps.filter((s) => s.counted).length,
    skippedCount: steps.filter((s) => !s.counted).length,
  };
}
