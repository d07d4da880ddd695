import { fieldByPrefix } from '$lib/planning/field-issues';

/**
 * The reminder steps as a person types them ("5, 2, 0" or "5 2 0"), as numbers; null when a part is
 * not a whole number (the form then says how to write them). The API checks the numbers themselves.
 * @example parseReminderSteps('5, 2, 0') // [5, 2, 0]
 */
export function parseReminderSteps(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/u).filter((p) => p !== '');
  if (parts.some((p) => !/^\d{1,3}$/u.test(p))) return null;
  return parts.map(Number);
}

export const STEPS_FORMAT_MESSAGE =
  'Hãy ghi các số ngày làm việc trước hạn, cách nhau bởi dấu phẩy, ví dụ 5, 2, 0 (0 là đúng ngày đến hạn).';

/** Which field of the form shows an issue of the API. */
export const reminderFieldOf = fieldByPrefix({
  'settings.beforeWorkingDays': 'beforeWorkingDays',
  'settings.escalateAfterWorkingDays': 'escalateAfterWorkingDays',
});
