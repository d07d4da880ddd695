/*
 * One million addWorkingDays calls (random starts 2000–2050, n in ±1..30, seeded) through
 * (ours) the indexed WorkingCalendar, (a) a naive day-by-day loop over a Set of ISO strings and
 * (b) date-fns addBusinessDays with the off days skipped. All three must agree on every call.
 * Run: cd bench && npx tsx calendar/run.ts   (CALLS=… to change the count)
 */
import { buildCalendar, type LocalDate, localDate, OFFICIAL_SCHEDULES, toIsoDate } from '@kiemtra/domain';
import { mulberry32 } from './prng.js';
import {
  epochDayOfLocal,
  epochDayOfUtc,
  localMidnightOf,
  makeDateFnsAdd,
  makeNaiveAdd,
  offDaySets,
  utcDateOf,
} from './reference-implementations.js';

const CALLS = Number(process.env.CALLS ?? 1_000_000);
const SEED = 20240507;

const t0 = performance.now();
const calendar = buildCalendar({ schedules: OFFICIAL_SCHEDULES });
const buildMs = performance.now() - t0;
const t1 = performance.now();
buildCalendar({ schedules: OFFICIAL_SCHEDULES });
const warmBuildMs = performance.now() - t1;

const random = mulberry32(SEED);
const first = localDate(2000, 1, 1);
const last = localDate(2050, 12, 31);
const starts = new Int32Array(CALLS);
const ns = new Int8Array(CALLS);
for (let i = 0; i < CALLS; i++) {
  starts[i] = first + Math.floor(random() * (last - first + 1));
  const magnitude = 1 + Math.floor(random() * 30);
  ns[i] = random() < 0.5 ? -magnitude : magnitude;
}
const utcStarts = Array.from(starts, (s) => utcDateOf(s as LocalDate));
const localStarts = Array.from(starts, (s) => localMidnightOf(s as LocalDate));

// ±30 working days from 2000–2050 stays inside 1999–2051.
const { offDays, workingWeekends } = offDaySets(1999, 2051);
const naiveAdd = makeNaiveAdd(offDays, workingWeekends);
const dateFnsAdd = makeDateFnsAdd(offDays, workingWeekends);

function time(run: () => void): number {
  const s = performance.now();
  run();
  return performance.now() - s;
}

const ours = new Int32Array(CALLS);
const naive = new Int32Array(CALLS);
const viaDateFns = new Int32Array(CALLS);

const runOurs = () => {
  for (let i = 0; i < CALLS; i++) ours[i] = calendar.addWorkingDays(starts[i] as LocalDate, ns[i] ?? 0);
};
runOurs(); // warm-up
const oursTimes = [time(runOurs), time(runOurs), time(runOurs)].sort((a, b) => a - b);
const oursMs = oursTimes[1] ?? Number.NaN;

const naiveMs = time(() => {
  for (let i = 0; i < CALLS; i++) naive[i] = epochDayOfUtc(naiveAdd(utcStarts[i] as Date, ns[i] ?? 0));
});
const dateFnsMs = time(() => {
  for (let i = 0; i < CALLS; i++)
    viaDateFns[i] = epochDayOfLocal(dateFnsAdd(localStarts[i] as Date, ns[i] ?? 0));
});

let mismatches = 0;
for (let i = 0; i < CALLS; i++) {
  if (ours[i] !== naive[i] || ours[i] !== viaDateFns[i]) {
    if (mismatches < 10) {
      const show = (x: number | undefined) => (x === undefined ? '?' : toIsoDate(x as LocalDate));
      console.error(
        `MISMATCH start ${show(starts[i])} n ${ns[i]}: ours ${show(ours[i])}, naive ${show(naive[i])}, date-fns ${show(viaDateFns[i])}`,
      );
    }
    mismatches++;
  }
}

const perSecond = (ms: number) => (CALLS / ms) * 1000;
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
console.log(`calendar build 1900–2100: ${buildMs.toFixed(1)} ms cold, ${warmBuildMs.toFixed(1)} ms warm`);
console.log(`${fmt(CALLS)} addWorkingDays calls, seed ${SEED}, starts 2000–2050, n in ±1..30`);
console.log(
  `ours (indexed):        ${fmt(perSecond(oursMs))} calls/s  (${oursMs.toFixed(1)} ms, median of 3)`,
);
console.log(`(a) naive loop + Set:  ${fmt(perSecond(naiveMs))} calls/s  (${naiveMs.toFixed(1)} ms)`);
console.log(`(b) date-fns wrapped:  ${fmt(perSecond(dateFnsMs))} calls/s  (${dateFnsMs.toFixed(1)} ms)`);
console.log(`ratio ours/naive:   ${(naiveMs / oursMs).toFixed(1)}×`);
console.log(`ratio ours/date-fns: ${(dateFnsMs / oursMs).toFixed(1)}×`);
if (mismatches > 0) {
  console.error(`${mismatches} of ${CALLS} calls disagree`);
  process.exit(1);
}
console.log(`all three agree on all ${fmt(CALLS)} calls`);
if (naiveMs / oursMs < 20) {
  console.error('below the 20× target over the naive loop');
  process.exit(2);
}
