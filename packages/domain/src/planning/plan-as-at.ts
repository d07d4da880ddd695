/** The dates that decide which org-unit tree a plan picks its targets from. */
export interface PlanDates {
  /** yyyy-mm-dd, or null while the decision is not yet dated. */
  decisionDate: string | null;
  /** yyyy-mm-dd. */
  windowStart: string;
}

/**
 * The date a plan picks its units at: its decision's date, else its window's start. Units change
 * over time (the 2025 reorganisation abolished districts), so a 2024 plan keeps its 2024 tree.
 * @example planAsAt({ decisionDate: '2024-03-28', windowStart: '2024-04-01' }) // '2024-03-28'
 */
export const planAsAt = (plan: PlanDates): string => plan.decisionDate ?? plan.windowStart;
