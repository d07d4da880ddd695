import { formatVietnamese, todayInVietnam } from '../calendar/local-date.js';

/** Notifications grouped by their day in Asia/Ho_Chi_Minh, newest day first, as dd/mm/yyyy. */
export function groupByDay<T extends { createdAt: Date }>(
  items: readonly T[],
): { day: string; items: T[] }[] {
  const groups: { day: string; items: T[] }[] = [];
  for (const item of items) {
    const day = formatVietnamese(todayInVietnam(item.createdAt));
    const last = groups.at(-1);
    if (last?.day === day) last.items.push(item);
    else groups.push({ day, items: [item] });
  }
  return groups;
}
