import type { FindingKind } from '../inspection/findings.js';
import type { RecommendationStatus } from '../inspection/recommendations.js';
import { planTargetCount, type TargetCountComparison } from '../plan/target-count.js';
import type { InspectionStatus } from '../plan/vocabulary.js';
import { type PlanProgress, planProgress } from './plan-progress.js';

/** A plan of the year as the roll-up reads it: the province's, or a department's or commune's own. */
export interface RollupPlan {
  id: string;
  title: string;
  level: 'province' | 'lower';
  ownerUnitName: string;
  expectedTargetCount: number | null;
  /** Each target with the communes inspected with it (seed III.1). */
  targets: readonly { subUnits: readonly unknown[] }[];
}

export interface RollupInput {
  plans: readonly RollupPlan[];
  visits: readonly { inspectionId: string; planId: string; status: InspectionStatus }[];
  findings: readonly { inspectionIds: readonly string[]; kind: FindingKind; count: number; planId: string }[];
  recommendations: readonly {
    inspectionId: string;
    status: RecommendationStatus;
    daysOverdue: number | null;
  }[];
}

export interface PlanRollupRow {
  planId: string;
  title: string;
  levelLabel: string;
  /** Expected targets (the plan's "dự kiến") beside those it names. */
  targets: TargetCountComparison;
  progress: PlanProgress;
  shortcomings: { count: number; inspectionIds: string[] };
  violations: { count: number; inspectionIds: string[] };
  recommendations: { total: number; done: number; overdue: number; overdueIds: string[] };
}

/**
 * How the leadership view names a plan's level.
 * @example planLevelLabel({ level: 'lower', ownerUnitName: 'Sở Nội vụ' }) // 'Kế hoạch của Sở Nội vụ'
 */
export function planLevelLabel(plan: Pick<RollupPlan, 'level' | 'ownerUnitName'>): string {
  return plan.level === 'province' ? 'Kế hoạch của tỉnh' : `Kế hoạch của ${plan.ownerUnitName}`;
}

/**
 * Each plan of the scope with its results: the province's plan first, then the lower-level plans
 * of departments and communes by owner, so that leadership reads what they found, not only where
 * they stand.
 * @example planRollup(input)[1] // { levelLabel: 'Kế hoạch của UBND xã Tây Sơn', progress: { done: 3, … }, shortcomings: { count: 5, … }, … }
 */
export function planRollup(input: RollupInput): PlanRollupRow[] {
  const planOf = new Map(input.visits.map((v) => [v.inspectionId, v.planId]));
  const ordered = input.plans.toSorted(
    (a, b) =>
      (a.level === 'province' ? 0 : 1) - (b.level === 'province' ? 0 : 1) ||
      a.ownerUnitName.localeCompare(b.ownerUnitName, 'vi') ||
      a.title.localeCompare(b.title, 'vi'),
  );
  return ordered.map((plan) => {
    const findingsOf = (kind: FindingKind) => {
      const of = input.findings.filter((f) => f.planId === plan.id && f.kind === kind);
      return {
        count: of.reduce((n, f) => n + f.count, 0),
        inspectionIds: [...new Set(of.flatMap((f) => f.inspectionIds))],
      };
    };
    const recs = input.recommendations.filter((r) => planOf.get(r.inspectionId) === plan.id);
    const overdue = recs.filter((r) => r.daysOverdue !== null);
    return {
      planId: plan.id,
      title: plan.title,
      levelLabel: planLevelLabel(plan),
      targets: planTargetCount(plan.expectedTargetCount, plan.targets),
      progress: planProgress(input.visits.filter((v) => v.planId === plan.id)),
      shortcomings: findingsOf('shortcoming'),
      violations: findingsOf('violation'),
      recommendations: {
        total: recs.length,
        done: recs.filter((r) => r.status === 'done').length,
        overdue: overdue.length,
        overdueIds: [...new Set(overdue.map((r) => r.inspectionId))],
      },
    };
  });
}
