import { type OrgUnitNode, subtreeIds } from '../org/org-unit.js';
import { type PlanningIssue, type PlanningResult, planningIssue, resultOf } from './planning-issue.js';
import { unitsById } from './unit-lookup.js';

export type LowerLevelScopeIssueCode =
  | 'lower_level_owner_not_found'
  | 'lower_level_target_is_owner'
  | 'lower_level_target_outside_scope';

/**
 * Whether a department's or district's own plan targets only units under it (seed V.3.c:
 * "đối với các cơ quan, đơn vị thuộc và trực thuộc"); the owner does not inspect itself.
 * @example checkLowerLevelScope({ ownerUnitId: 'huyen-tay-son', targetUnitIds: ['xa-binh-tuong'], tree }) // { ok: true }
 */
export function checkLowerLevelScope(input: {
  ownerUnitId: string;
  targetUnitIds: readonly string[];
  /** The org-unit forest as at the plan's date (`treeAsAt`). */
  tree: readonly OrgUnitNode[];
}): PlanningResult<LowerLevelScopeIssueCode> {
  const { ownerUnitId, targetUnitIds, tree } = input;
  const byId = unitsById(tree);
  const owner = byId.get(ownerUnitId);
  if (owner === undefined) {
    return resultOf([
      planningIssue(
        'lower_level_owner_not_found',
        'Không tìm thấy cơ quan, đơn vị lập kế hoạch trong danh mục tại ngày của kế hoạch.',
        { unitIds: [ownerUnitId] },
      ),
    ]);
  }
  const scope = subtreeIds(tree, ownerUnitId);
  const issues: PlanningIssue<LowerLevelScopeIssueCode>[] = [];
  for (const id of new Set(targetUnitIds)) {
    if (id === ownerUnitId) {
      issues.push(
        planningIssue(
          'lower_level_target_is_owner',
          `${owner.name} không tự kiểm tra chính mình; kế hoạch của ${owner.name} chỉ kiểm tra các cơ quan, đơn vị thuộc và trực thuộc.`,
          { field: 'targets', unitIds: [id] },
        ),
      );
    } else if (!scope.has(id)) {
      const name = byId.get(id)?.name ?? 'Đơn vị đã chọn';
      issues.push(
        planningIssue(
          'lower_level_target_outside_scope',
          `${name} không thuộc phạm vi quản lý của ${owner.name}; kế hoạch của ${owner.name} chỉ kiểm tra các cơ quan, đơn vị thuộc và trực thuộc (mục V.3.c của Kế hoạch).`,
          { field: 'targets', unitIds: [id] },
        ),
      );
    }
  }
  return resultOf(issues);
}
