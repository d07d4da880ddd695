/**
 * How each kind of day is marked on the calendar page: a short mark and words, so that a day is
 * told apart without relying on colour (WCAG 1.4.1). The kinds are the API's DayKind.
 */

export type DayKind = 'weekday' | 'weekend' | 'holiday' | 'compensatory' | 'swap' | 'working_weekend';

export interface DayKindMark {
  /** Printed in the day's cell; empty for an ordinary working day or weekend day (told by its column). */
  mark: string;
  /** What the mark means, for the legend and the cell's accessible name. */
  label: string;
}

export const DAY_KIND_MARKS: Record<DayKind, DayKindMark> = {
  weekday: { mark: '', label: 'Ngày làm việc' },
  weekend: { mark: '', label: 'Nghỉ cuối tuần' },
  holiday: { mark: 'L', label: 'Nghỉ lễ, tết' },
  compensatory: { mark: 'B', label: 'Nghỉ bù' },
  swap: { mark: 'HĐ', label: 'Nghỉ hoán đổi' },
  working_weekend: { mark: 'LB', label: 'Ngày làm bù (làm việc vào cuối tuần)' },
};

/** The legend's order: ordinary days first, then the exceptions. */
export const DAY_KIND_ORDER: readonly DayKind[] = [
  'weekday',
  'weekend',
  'holiday',
  'compensatory',
  'swap',
  'working_weekend',
];

/**
 * The words for one day: its kind, then its name when it has one that is not already said.
 * @example dayDescription({ kind: 'holiday', name: 'Giỗ Tổ Hùng Vương' }) // 'Nghỉ lễ, tết: Giỗ Tổ Hùng Vương'
 */
export function dayDescription(day: { kind: string; name: string | null }): string {
  const kind = DAY_KIND_MARKS[day.kind as DayKind]?.label ?? day.kind;
  return day.name ? `${kind}: ${day.name}` : kind;
}

/**
 * The mark printed in a day's cell: a weekend day that carries a holiday's name (Tết on a
 * Saturday) is marked like a holiday; an ordinary weekend day is told by its column (T7, CN).
 * @example dayMark({ kind: 'weekend', name: 'Tết Nguyên đán' }) // 'L'
 */
export function dayMark(day: { kind: string; name: string | null }): string {
  if (day.kind === 'weekend') return day.name ? DAY_KIND_MARKS.holiday.mark : '';
  return DAY_KIND_MARKS[day.kind as DayKind]?.mark ?? '';
}
