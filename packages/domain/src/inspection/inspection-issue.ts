import type { PlanningIssue } from '../planning/planning-issue.js';

/**
 * One reason an inspection rule refused something, in words a person can act on. The same shape
 * as a planning issue (planning/planning-issue.ts), plus `itemIds`: the findings, recommendations
 * or inspections concerned, for the portal to highlight them.
 */
export interface InspectionIssue<C extends string = string> extends PlanningIssue<C> {
  itemIds?: string[];
}

/** The answer of an inspection rule: accepted, or refused with every reason at once. */
export type InspectionResult<C extends string = string> =
  | { ok: true }
  | { ok: false; issues: InspectionIssue<C>[] };

/**
 * Builds one issue; `extra` fields are copied only when given.
 * @example inspectionIssue('closure_recommendation_open', '…', { itemIds: ['r1'] })
 */
export function inspectionIssue<C extends string>(
  code: C,
  message: string,
  extra: { field?: string; itemIds?: readonly string[]; unitIds?: readonly string[] } = {},
): InspectionIssue<C> {
  const out: InspectionIssue<C> = { code, message };
  if (extra.field !== undefined) out.field = extra.field;
  if (extra.itemIds !== undefined) out.itemIds = [...extra.itemIds];
  if (extra.unitIds !== undefined) out.unitIds = [...extra.unitIds];
  return out;
}

/**
 * Turns the issues a rule collected into its result.
 * @example inspectionResultOf([]) // { ok: true }
 */
export function inspectionResultOf<C extends string>(
  issues: readonly InspectionIssue<C>[],
): InspectionResult<C> {
  return issues.length === 0 ? { ok: true } : { ok: false, issues: [...issues] };
}

/** Short quote of a free text for a message: the first 60 characters, on one line. */
export function messageQuote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= 60 ? `"${line}"` : `"${line.slice(0, 57)}…"`;
}
