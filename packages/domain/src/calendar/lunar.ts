import { type LocalDate, localDate, toYmd } from './local-date.js';

/*
 * The Vietnamese lunar calendar, after Hồ Ngọc Đức, "Âm lịch Việt Nam" / "Computing the
 * Vietnamese lunar calendar", https://www.informatik.uni-leipzig.de/~duc/amlich/calrules.html
 * (astronomical series from Jean Meeus, "Astronomical Algorithms", 1998). The function names
 * and constants follow the published code so the port can be checked line by line.
 *
 * The time zone is UTC+7: the day of a new moon is the local day at UTC+7, which is why
 * Vietnamese Tết differs from the Chinese (UTC+8) date in some years (e.g. 2030, 1985).
 */

/** Vietnam's calendar is computed for UTC+7. */
export const VIETNAM_TIME_ZONE = 7;

const PI = Math.PI;
const INT = Math.floor;

/** Julian day number of a Gregorian date (Julian calendar before 15/10/1582, as in the source). */
export function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = INT((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  let jd = dd + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - INT(y / 100) + INT(y / 400) - 32045;
  if (jd < 2299161) {
    jd = dd + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - 32083;
  }
  return jd;
}

/** Inverse of {@link jdFromDate}: [day, month, year]. */
export function jdToDate(jd: number): [day: number, month: number, year: number] {
  let b: number;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = INT((4 * a + 3) / 146097);
    c = a - INT((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = INT((4 * c + 3) / 1461);
  const e = c - INT((1461 * d) / 4);
  const m = INT((5 * e + 2) / 153);
  const day = e - INT((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * INT(m / 10);
  const year = b * 100 + d - 4800 + INT(m / 10);
  return [day, month, year];
}

/** Time (Julian days, UTC) of the k-th new moon after the one of 1/1/1900 13:52 UTC. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = PI / 180;
  let Jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  Jd1 = Jd1 + 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  C1 = C1 - 0.0004 * Math.sin(dr * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  C1 = C1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  let deltat: number;
  if (T < -11) {
    deltat = 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3;
  } else {
    deltat = -0.000278 + 0.000265 * T + 0.000262 * T2;
  }
  return Jd1 + C1 - deltat;
}

/** Sun's true longitude in radians, normalised to [0, 2π), at Julian day `jdn` (UTC). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L = L - PI * 2 * INT(L / (PI * 2));
  return L;
}

/** Sector (0–11) of the sun's longitude at local midnight starting day `dayNumber`. */
export function getSunLongitude(dayNumber: number, timeZone: number): number {
  return INT((sunLongitude(dayNumber - 0.5 - timeZone / 24) / PI) * 6);
}

/** Julian day number of the local day of the k-th new moon. */
export function getNewMoonDay(k: number, timeZone: number): number {
  return INT(newMoon(k) + 0.5 + timeZone / 24);
}

/** Julian day number on which lunar month 11 (the month holding the winter solstice) of `yy` starts. */
export function getLunarMonth11(yy: number, timeZone: number): number {
  const off = jdFromDate(31, 12, yy) - 2415021;
  const k = INT(off / 29.530588853);
  let nm = getNewMoonDay(k, timeZone);
  const sunLong = getSunLongitude(nm, timeZone);
  if (sunLong >= 9) {
    nm = getNewMoonDay(k - 1, timeZone);
  }
  return nm;
}

/** Offset (in months after month 11 starting on `a11`) of the leap month: the first with no major term. */
export function getLeapMonthOffset(a11: number, timeZone: number): number {
  const k = INT((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let last = 0;
  let i = 1;
  let arc = getSunLongitude(getNewMoonDay(k + i, timeZone), timeZone);
  do {
    last = arc;
    i++;
    arc = getSunLongitude(getNewMoonDay(k + i, timeZone), timeZone);
  } while (arc !== last && i < 14);
  return i - 1;
}

export interface LunarDate {
  day: number;
  month: number;
  /** The lunar year, named by the solar year in which it mostly falls (Tết 2024 starts lunar year 2024). */
  year: number;
  /** True for a leap (nhuận) month, which repeats the number of the month before it. */
  leap: boolean;
}

/** Solar (Gregorian) day/month/year → lunar date, at the given time zone (7 for Vietnam). */
export function convertSolar2Lunar(dd: number, mm: number, yy: number, timeZone: number): LunarDate {
  const dayNumber = jdFromDate(dd, mm, yy);
  const k = INT((dayNumber - 2415021.076998695) / 29.530588853);
  let monthStart = getNewMoonDay(k + 1, timeZone);
  if (monthStart > dayNumber) {
    monthStart = getNewMoonDay(k, timeZone);
  }
  // Deviation from the published code: the mean-lunation estimate of k can be one too high
  // (e.g. 09/04/2062, where the published code returns lunar day 0). Step back until the month
  // starts on or before the day.
  for (let back = 1; monthStart > dayNumber; back++) {
    monthStart = getNewMoonDay(k - back, timeZone);
  }
  let a11 = getLunarMonth11(yy, timeZone);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = yy;
    a11 = getLunarMonth11(yy - 1, timeZone);
  } else {
    lunarYear = yy + 1;
    b11 = getLunarMonth11(yy + 1, timeZone);
  }
  const lunarDay = dayNumber - monthStart + 1;
  const diff = INT((monthStart - a11) / 29);
  let lunarLeap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapMonthDiff = getLeapMonthOffset(a11, timeZone);
    if (diff >= leapMonthDiff) {
      lunarMonth = diff + 10;
      if (diff === leapMonthDiff) {
        lunarLeap = true;
      }
    }
  }
  if (lunarMonth > 12) {
    lunarMonth = lunarMonth - 12;
  }
  if (lunarMonth >= 11 && diff < 4) {
    lunarYear -= 1;
  }
  return { day: lunarDay, month: lunarMonth, year: lunarYear, leap: lunarLeap };
}

/**
 * Lunar date → solar [day, month, year], or undefined when the leap month asked for does not
 * exist that year or the day is past the end of the month (the published code returns 0s or an
 * overflowing date; we refuse instead).
 */
export function convertLunar2Solar(
  lunarDay: number,
  lunarMonth: number,
  lunarYear: number,
  lunarLeap: boolean,
  timeZone: number,
): [day: number, month: number, year: number] | undefined {
  if (!Number.isInteger(lunarDay) || lunarDay < 1 || lunarDay > 30) return undefined;
  if (!Number.isInteger(lunarMonth) || lunarMonth < 1 || lunarMonth > 12) return undefined;
  let a11: number;
  let b11: number;
  if (lunarMonth < 11) {
    a11 = getLunarMonth11(lunarYear - 1, timeZone);
    b11 = getLunarMonth11(lunarYear, timeZone);
  } else {
    a11 = getLunarMonth11(lunarYear, timeZone);
    b11 = getLunarMonth11(lunarYear + 1, timeZone);
  }
  const k = INT(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = lunarMonth - 11;
  if (off < 0) {
    off += 12;
  }
  if (b11 - a11 > 365) {
    const leapOff = getLeapMonthOffset(a11, timeZone);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) {
      leapMonth += 12;
    }
    if (lunarLeap && lunarMonth !== leapMonth) {
      return undefined;
    }
    if (lunarLeap || off >= leapOff) {
      off += 1;
    }
  } else if (lunarLeap) {
    return undefined;
  }
  const monthStart = getNewMoonDay(k + off, timeZone);
  const monthLength = getNewMoonDay(k + off + 1, timeZone) - monthStart;
  if (lunarDay > monthLength) return undefined;
  return jdToDate(monthStart + lunarDay - 1);
}

/** LocalDate → Vietnamese lunar date (UTC+7). */
export function toLunar(date: LocalDate): LunarDate {
  const { year, month, day } = toYmd(date);
  return convertSolar2Lunar(day, month, year, VIETNAM_TIME_ZONE);
}

/** Vietnamese lunar date (UTC+7) → LocalDate, or undefined if that lunar date does not exist. */
export function fromLunar(lunar: LunarDate): LocalDate | undefined {
  const solar = convertLunar2Solar(lunar.day, lunar.month, lunar.year, lunar.leap, VIETNAM_TIME_ZONE);
  if (!solar) return undefined;
  const [day, month, year] = solar;
  return localDate(year, month, day);
}

function mustFromLunar(lunar: LunarDate): LocalDate {
  const date = fromLunar(lunar);
  // Month 1 day 1 and (non-leap) month 3 day 10 exist in every lunar year.
  if (date === undefined)
    throw new RangeError(`Không tính được ngày âm lịch ${lunar.day}/${lunar.month}/${lunar.year}`);
  return date;
}

/** Tết Nguyên đán (1/1 âm lịch) of the lunar year that starts in solar year `year`. */
export function lunarNewYear(year: number): LocalDate {
  return mustFromLunar({ day: 1, month: 1, year, leap: false });
}

/**
 * Giỗ Tổ Hùng Vương, 10/3 âm lịch. In a year with a leap third month the regular (first) month 3
 * is used, as Vietnamese calendars and python-holidays do (e.g. 2031 → 01/04/2031).
 */
export function hungKingsDay(year: number): LocalDate {
  return mustFromLunar({ day: 10, month: 3, year, leap: false });
}
