import { approximateTextWidthMm } from './rules.js';

/**
 * Words a Vietnamese title is broken before: a new line starts at "tại Sở Công Thương", "tỉnh
 * Bình Định", "năm 2024", never inside "cải cách" or "hành chính".
 */
const BREAK_BEFORE = new Set([
  'tại',
  'của',
  'tỉnh',
  'huyện',
  'thị',
  'thành',
  'xã',
  'phường',
  'năm',
  'đợt',
  'về',
  'đối',
  'trên',
  'theo',
  'và',
  'giai',
]);

/**
 * Breaks a title (a trích yếu) that does not fit on one line into lines of similar length, each
 * break before a word that starts a phrase; explicit "\n" breaks are kept as they are.
 * @example breakTitle('Về việc thành lập Đoàn kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024', 14, 165)
 * // 'Về việc thành lập Đoàn kiểm tra công tác cải cách hành chính\ntỉnh Bình Định năm 2024'
 */
export function breakTitle(text: string, points: number, widthMm: number): string {
  if (text.includes('\n')) return text;
  const fits = (s: string) => approximateTextWidthMm(s, points, true) <= widthMm * 0.95;
  if (fits(text)) return text;
  const words = text.split(' ');
  let best: { lines: string; score: number } | null = null;
  for (let i = 1; i < words.length; i += 1) {
    const word = words[i] ?? '';
    if (!BREAK_BEFORE.has(word.toLowerCase())) continue;
    const first = words.slice(0, i).join(' ');
    const second = words.slice(i).join(' ');
    if (!fits(first)) continue;
    const rest = breakTitle(second, points, widthMm);
    const widths = [first, ...rest.split('\n')].map((l) => approximateTextWidthMm(l, points, true));
    const score = Math.max(...widths) - Math.min(...widths);
    if (!best || score < best.score) best = { lines: `${first}\n${rest}`, score };
  }
  return best?.lines ?? text;
}
