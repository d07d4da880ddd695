import { formatVietnamese } from '../calendar/local-date.js';
import { compareTargetCount, type TargetCountComparison } from '../plan/target-count.js';
import { INSPECTION_KIND_LABELS, type InspectionKind } from '../plan/vocabulary.js';
import type { PlanTarget, PlanWindow } from './plan-model.js';

export type PlanCheckCode =
  | 'target_count_mismatch'
  | 'unit_targeted_twice'
  | 'unit_targeted_twice_other_kind'
  | 'unit_in_overlapping_plan';

export type FindingSeverity = 'warning' | 'error';

/** One finding shown live on the plan page. */
export interface PlanFinding {
  severity: FindingSeverity;
  code: PlanCheckCode;
  message: string;
  unitIds: string[];
}

/** Another plan's targets (sub-units included) and its window, for the overlap check. */
export interface OtherPlanTargets {
  planTitle: string;
  window: PlanWindow;
  unitIds: readonly string[];
}

export interface PlanChecksInput {
  plan: {
    window: PlanWindow | null;
    expectedTargetCount: number | null;
    targets: readonly PlanTarget[];
  };
  otherPlans: readonly OtherPlanTargets[];
}

export interface PlanChecks {
  count: TargetCountComparison;
  findings: PlanFinding[];
}

interface Occurrence {
  unitName: string;
  kind: InspectionKind;
  /** The district that carries it, for a commune chosen as a sub-unit. */
  carriedBy?: string;
}

const windowText = (w: PlanWindow) => `${formatVietnamese(w.start)} – ${formatVietnamese(w.end)}`;

function describeOccurrence(o: Occurrence): string {
  const kind = INSPECTION_KIND_LABELS[o.kind].toLowerCase();
  return o.carriedBy === undefined ? `đối tượng ${kind}` : `đơn vị cấp xã của ${o.carriedBy}, ${kind}`;
}

/**
 * The checks shown live on the plan page: expected against actual count, a unit targeted twice
 * in the plan, a unit also targeted by another plan whose window overlaps this one.
 * @example planChecks({ plan, otherPlans: [] }).findings // [] for a clean plan
 */
export function planChecks({ plan, otherPlans }: PlanChecksInput): PlanChecks {
  const subTargets = plan.targets.reduce((n, t) => n + t.subUnits.length, 0);
  const count = compareTargetCount(plan.expectedTargetCount, plan.targets.length, subTargets);
  const findings: PlanFinding[] = [];
  if (count.difference !== null && count.difference !== 0) {
    findings.push({
      severity: 'warning',
      code: 'target_count_mismatch',
      message: count.message,
      unitIds: [],
    });
  }

  const occurrences = new Map<string, Occurrence[]>();
  const add = (unitId: string, o: Occurrence) => {
    const list = occurrences.get(unitId);
    if (list) list.push(o);
    else occurrences.set(unitId, [o]);
  };
  for (const t of plan.targets) {
    add(t.unitId, { unitName: t.unitName, kind: t.kind });
    for (const s of t.subUnits) add(s.id, { unitName: s.name, kind: t.kind, carriedBy: t.unitName });
  }

  for (const [unitId, list] of occurrences) {
    const [first] = list;
    if (first === undefined || list.length < 2) continue;
    const sameKind = list.every((o) => o.kind === first.kind);
    const places = list.map(describeOccurrence).join('; ');
    // Seed I.2: inspections must not duplicate each other. The same kind twice is a plain
    // duplicate; two kinds may be intended (an ad-hoc visit to a planned unit), so it only warns.
    findings.push(
      sameKind
        ? {
            severity: 'error',
            code: 'unit_targeted_twice',
            message: `${first.unitName} có ${list.length} lần trong kế hoạch với cùng loại ${INSPECTION_KIND_LABELS[first.kind].toLowerCase()} (${places}); hãy bỏ bớt.`,
            unitIds: [unitId],
          }
        : {
            severity: 'warning',
            code: 'unit_targeted_twice_other_kind',
            message: `${first.unitName} có ${list.length} lần trong kế hoạch với loại kiểm tra khác nhau (${places}); hãy xem lại để tránh trùng lặp.`,
            unitIds: [unitId],
          },
    );
  }

  const window = plan.window;
  if (window !== null) {
    for (const other of otherPlans) {
      if (other.window.start > window.end || window.start > other.window.end) continue;
      const shared = [...new Set(other.unitIds)].filter((id) => occurrences.has(id));
      if (shared.length === 0) continue;
      const names = shared.map((id) => occurrences.get(id)?.[0]?.unitName ?? id).join(', ');
      // Seed I.2: "tránh trùng lặp, chồng chéo trong hoạt động kiểm tra". Overlapping windows do
      // not mean the same days, so this asks for coordination rather than refusing.
      findings.push({
        severity: 'warning',
        code: 'unit_in_overlapping_plan',
        message: `${names} cũng là đối tượng của kế hoạch "${other.planTitle}" (${windowText(other.window)}), trùng thời gian với kế hoạch này (${windowText(window)}); cần phối hợp để tránh trùng lặp, chồng chéo.`,
        unitIds: shared,
      });
    }
  }
  return { count, findings };
}
