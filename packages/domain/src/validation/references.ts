/** One id an input names that is not what it must be (an org unit, a finding of the same visit). */
export interface ReferenceIssue {
  code: 'unknown_reference';
  message: string;
  field: string;
}

/**
 * Whether every id named at `field` is among `known` (issue 18: an unknown org unit answered 500,
 * a recommendation pointed at findings of another visit). Each stray id is named by its index.
 * @example checkReferences({ ids: ['a', 'x'], known: new Set(['a']), field: 'memberAgencies', what: 'cơ quan' })
 * // { ok: false, issues: [{ field: 'memberAgencies.1', … }] }
 */
export function checkReferences(args: {
  ids: readonly string[];
  known: ReadonlySet<string>;
  field: string;
  /** The sentence said of each stray id. */
  message: string;
}): { ok: true } | { ok: false; issues: ReferenceIssue[] } {
  const issues = args.ids.flatMap((id, i) =>
    args.known.has(id)
      ? []
      : [{ code: 'unknown_reference' as const, message: args.message, field: `${args.field}.${i}` }],
  );
  return issues.length === 0 ? { ok: true } : { ok: false, issues };
}
