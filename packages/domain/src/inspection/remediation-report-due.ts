/**
 * When the unit reports the result of its remediation (seed III.2.đ): the plan sets no date and
 * leaves it to the team's request, so the notice asks for the report by the day the last of its
 * recommendations falls due; with no dated recommendation there is no date to print.
 * @example remediationReportDue(['2024-06-30', '2024-07-15']) // '2024-07-15'
 */
export function remediationReportDue(dueDates: readonly (string | null | undefined)[]): string | null {
  const dated = dueDates.filter((d): d is string => typeof d === 'string' && d !== '');
  return dated.toSorted().at(-1) ?? null;
}
