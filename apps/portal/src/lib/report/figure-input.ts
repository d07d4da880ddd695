/**
 * Numbers as people type them in Vietnamese forms: "1.250" (dot between thousands), "12,5" (comma
 * before decimals), "1 250". An empty field is no figure. Returns NaN for anything else.
 * @example parseVietnameseNumber('1.250') // 1250
 * @example parseVietnameseNumber('12,5') // 12.5
 */
export function parseVietnameseNumber(text: string): number | null {
  const s = text.replace(/[\s\u00a0]/g, '');
  if (s === '') return null;
  let normalised: string;
  if (s.includes(',')) normalised = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) normalised = s.replace(/\./g, '');
  else normalised = s;
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** The name of a figure's input in the item's form. */
export const figureFieldName = (key: string) => `figure.${key}`;

/**
 * The figures of an item's form, by key; a field that is not a number is reported with its label
 * instead of being sent.
 */
export function figuresFromForm(
  form: FormData,
  fields: readonly { key: string; label: string }[],
): { figures: Record<string, number | null>; errors: { field: string; message: string }[] } {
  const figures: Record<string, number | null> = {};
  const errors: { field: string; message: string }[] = [];
  for (const field of fields) {
    const raw = form.get(figureFieldName(field.key));
    if (typeof raw !== 'string') continue;
    const value = parseVietnameseNumber(raw);
    if (value !== null && Number.isNaN(value)) {
      errors.push({ field: field.key, message: `“${field.label}” phải là một số, ví dụ 1250 hoặc 12,5.` });
    } else {
      figures[field.key] = value;
    }
  }
  return { figures, errors };
}

/** A figure as the form shows it: Vietnamese decimal comma, no thousands separator to retype. */
export const figureText = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value).replace('.', ',');
