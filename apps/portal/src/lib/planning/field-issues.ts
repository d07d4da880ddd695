/** An issue as the API sends it: a zod path ('window.end', 'purposes.2') or a rule's field. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** The messages to show beside each form field, and those that belong to no field ('form'). */
export type FieldMessages = Record<string, string[]>;

/**
 * Groups the API's issues by the form field they are about. `fieldOf` names the field of a path
 * (or null when no field of this form shows it); unmatched messages go under 'form'.
 * @example issuesByField([{ path: 'window.end', message: '…' }], (p) => p === 'window.end' ? 'windowEnd' : null)
 * // { windowEnd: ['…'] }
 */
export function issuesByField(
  issues: readonly FieldIssue[],
  fieldOf: (path: string) => string | null,
): FieldMessages {
  const out: FieldMessages = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path) ?? 'form';
    const list = out[field] ?? [];
    if (!list.includes(issue.message)) list.push(issue.message);
    out[field] = list;
  }
  return out;
}

/** The messages of one field; none when it has none. */
export const messagesOf = (messages: FieldMessages | null | undefined, field: string): string[] =>
  messages?.[field] ?? [];

/**
 * A field name read off a path by its first segments: the longest prefix that `known` maps wins.
 * @example fieldByPrefix({ 'decision.number': 'decisionNumber', purposes: 'purposes' })('purposes.2') // 'purposes'
 */
export function fieldByPrefix(known: Record<string, string>) {
  return (path: string): string | null => {
    const parts = path.split('.');
    for (let n = parts.length; n > 0; n--) {
      const field = known[parts.slice(0, n).join('.')];
      if (field !== undefined) return field;
    }
    return null;
  };
}
