/**
 * One reason a planning rule refused (or warns about) something, in words a person can act on.
 * `field` names the input field (or spreadsheet column) to fix, for the portal to show it there.
 */
export interface PlanningIssue<C extends string = string> {
  code: C;
  /** Vietnamese, shown as it is; says what to fix. */
  message: string;
  field?: string;
  /** The org units concerned, for the portal to highlight them. */
  unitIds?: string[];
}

/** The answer of a planning rule: accepted, or refused with every reason at once. */
export type PlanningResult<C extends string = string> =
  | { ok: true }
  | { ok: false; issues: PlanningIssue<C>[] };

/**
 * Turns the issues a rule collected into its result.
 * @example resultOf([]) // { ok: true }
 */
export function resultOf<C extends string>(issues: readonly PlanningIssue<C>[]): PlanningResult<C> {
  return issues.length === 0 ? { ok: true } : { ok: false, issues: [...issues] };
}

export function planningIssue<C extends string>(
  code: C,
  message: string,
  extra: { field?: string; unitIds?: readonly string[] } = {},
): PlanningIssue<C> {
  const out: PlanningIssue<C> = { code, message };
  if (extra.field !== undefined) out.field = extra.field;
  if (extra.unitIds !== undefined) out.unitIds = [...extra.unitIds];
  return out;
}
