import type { PlanForPlanning } from '@kiemtra/db';
import {
  checkLowerLevelScope,
  checkPlanChange,
  checkTargetSubUnits,
  DomainError,
  formatVietnamese,
  type ImportOrgUnit,
  type OrgUnitNode,
  type PlanningIssue,
  parseIsoDate,
  type TargetImportResult,
  type TargetImportRowInput,
  validateTargetRows,
} from '@kiemtra/domain';
import { assertAccepted, refusal } from '../trpc/errors.js';
import type { UnitsAsAt } from './units-as-at.js';

/** A change to a published plan is an amendment: it needs its reason (checkPlanChange). */
export function assertChangeAllowed(plan: PlanForPlanning, reason: string | null): void {
  assertAccepted(checkPlanChange({ plan, reason }), 'INVALID_INPUT');
}

function unitAt(units: UnitsAsAt, id: string): OrgUnitNode {
  const unit = units.byId.get(id);
  if (!unit) {
    throw new DomainError(
      'INVALID_INPUT',
      `Đơn vị đã chọn không có trong danh mục tại ngày ${formatVietnamese(parseIsoDate(units.asAt))}; hãy chọn lại từ cây đơn vị của kế hoạch.`,
      {
        issues: [{ code: 'unit_not_found', message: 'Đơn vị không có trong danh mục.', field: 'orgUnitId' }],
      },
    );
  }
  return unit;
}

/**
 * Checks one target as the plan administrator picks it: its unit and communes exist on the plan's
 * date, the communes are the district's own within the plan's bounds (checkTargetSubUnits), the
 * team is the plan's, and a lower-level plan targets only its own subtree (checkLowerLevelScope).
 */
export function assertTargetAllowed(
  plan: PlanForPlanning,
  units: UnitsAsAt,
  target: { orgUnitId: string; subUnitIds: readonly string[]; teamId: string | null },
): void {
  const unit = unitAt(units, target.orgUnitId);
  const subUnits = target.subUnitIds.map((id) => unitAt(units, id));
  const issues: PlanningIssue[] = [];
  const subCheck = checkTargetSubUnits({
    targetUnit: unit,
    subUnits,
    bounds: { min: plan.subUnitMin, max: plan.subUnitMax },
    parentOf: units.parentOf,
    asAt: parseIsoDate(units.asAt),
  });
  if (!subCheck.ok) issues.push(...subCheck.issues);
  if (plan.level === 'lower') {
    const scope = checkLowerLevelScope({
      ownerUnitId: plan.ownerOrgUnitId,
      targetUnitIds: [target.orgUnitId, ...target.subUnitIds],
      tree: units.tree,
    });
    if (!scope.ok) issues.push(...scope.issues);
  }
  if (target.teamId !== null && !plan.teams.some((t) => t.id === target.teamId)) {
    issues.push({
      code: 'team_not_found',
      message: 'Đoàn kiểm tra đã chọn không thuộc kế hoạch này.',
      field: 'teamId',
    });
  }
  if (issues.length > 0) throw refusal(issues);
}

/** Every row's verdict for an imported list, the lower-level scope included for a department's plan. */
export function validateImport(
  plan: PlanForPlanning,
  units: UnitsAsAt,
  rows: readonly TargetImportRowInput[],
): TargetImportResult {
  const catalogue: ImportOrgUnit[] = [...units.byId.values()].map((u) => ({
    id: u.id,
    name: u.name,
    kind: u.kind,
    code: units.codeOf.get(u.id) ?? null,
    parentId: units.parentOf.get(u.id) ?? null,
  }));
  const result = validateTargetRows(rows, {
    asAt: parseIsoDate(units.asAt),
    units: catalogue,
    teams: plan.teams,
    bounds: { min: plan.subUnitMin, max: plan.subUnitMax },
  });
  if (plan.level !== 'lower') return result;
  // V.3.c: a department's or district's plan inspects only its own units.
  const verdicts = result.rows.map((v) => {
    if (!v.ok) return v;
    const scope = checkLowerLevelScope({
      ownerUnitId: plan.ownerOrgUnitId,
      targetUnitIds: [v.target.unitId, ...v.target.subUnits.map((s) => s.id)],
      tree: units.tree,
    });
    if (scope.ok) return v;
    return {
      rowNumber: v.rowNumber,
      ok: false as const,
      errors: scope.issues.map((i) => ({
        ...i,
        code: 'row_invalid' as const,
        message: `Dòng ${v.rowNumber}: ${i.message}`,
      })),
    };
  });
  const errorCount =
    result.fileIssues.length + verdicts.reduce((n, v) => n + (v.ok ? 0 : v.errors.length), 0);
  return { rows: verdicts, fileIssues: result.fileIssues, errorCount };
}
