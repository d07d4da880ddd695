import { type LocalDate, localDate, OFFICIAL_SCHEDULES, ruleBasedDaysOff, toIsoDate } from '@kiemtra/domain';
import { addBusinessDays, addDays, isWeekend } from 'date-fns';

/**
 * The off days and working weekend days as ISO strings, taken straight from the data (official
 * schedules, else the art. 112 rules) — not from the indexed calendar under test.
 */
export function offDaySets(
  fromYear: number,
  toYear: number,
): { offDays: Set<string>; workingWeekends: Set<string> } {
  const offDays = new Set<string>();
  const workingWeekends = new Set<string>();
  for (let year = fromYear; year <= toYear; year++) {
    const schedule = OFFICIAL_SCHEDULES.find((s) => s.year === year);
    if (schedule) {
      for (const d of schedule.daysOff) offDays.add(d.date);
      for (const d of schedule.workingWeekendDays) workingWeekends.add(d.date);
    } else {
      for (const d of ruleBasedDaysOff(year)) offDays.add(toIsoDate(d.date));
    }
  }
  return { offDays, workingWeekends };
}

const MS_PER_DAY = 86_400_000;

export function utcDateOf(date: LocalDate): Date {
  return new Date(date * MS_PER_DAY);
}

export function localMidnightOf(date: LocalDate): Date {
  const d = utcDateOf(date);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

export function epochDayOfUtc(d: Date): number {
  return Math.round(d.getTime() / MS_PER_DAY);
}

export function epochDayOfLocal(d: Date): number {
  return localDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** (a) The naive way: step one day at a time, format it, look it up. */
export function makeNaiveAdd(offDays: Set<string>, workingWeekends: Set<string>) {
  return (start: Date, n: number): Date => {
    const step = n > 0 ? 1 : -1;
    let left = Math.abs(n);
    let t = start.getTime();
    while (left > 0) {
      t += step * MS_PER_DAY;
      const d = new Date(t);
      const iso = d.toISOString().slice(0, 10);
      const wd = d.getUTCDay();
      const working = wd === 0 || wd === 6 ? workingWeekends.has(iso) : !offDays.has(iso);
      if (working) left--;
    }
    return new Date(t);
  };
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const localIso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/**
 * (b) date-fns addBusinessDays, one business day at a time, skipping off days and stopping on a
 * working Saturday or Sunday that addBusinessDays would jump over.
 */
export function makeDateFnsAdd(offDays: Set<string>, workingWeekends: Set<string>) {
  return (start: Date, n: number): Date => {
    const step = n > 0 ? 1 : -1;
    let left = Math.abs(n);
    let d = start;
    while (left > 0) {
      let next = addBusinessDays(d, step);
      // Weekend days jumped over: a working one comes first.
      for (let w = addDays(d, step); isWeekend(w); w = addDays(w, step)) {
        if (workingWeekends.has(localIso(w))) {
          next = w;
          break;
        }
      }
      d = next;
      if (isWeekend(d) || !offDays.has(localIso(d))) left--;
    }
    return d;
  };
}
