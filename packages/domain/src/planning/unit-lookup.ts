import type { OrgUnitNode } from '../org/org-unit.js';

/** What the planning rules need to know of an org unit, as it stood on the plan's date. */
export type PlanningUnit = Pick<OrgUnitNode, 'id' | 'name' | 'kind'>;

/**
 * Child id → parent id, read from a forest built by `treeAsAt` on the plan's date.
 * @example parentLookup(treeAsAt(units, links, '2024-04-01')).get('xa-binh-tuong') // 'huyen-tay-son'
 */
export function parentLookup(forest: readonly OrgUnitNode[]): Map<string, string> {
  const parents = new Map<string, string>();
  const visit = (node: OrgUnitNode) => {
    for (const child of node.children) {
      parents.set(child.id, node.id);
      visit(child);
    }
  };
  for (const root of forest) visit(root);
  return parents;
}

/**
 * Every unit of a forest by id.
 * @example unitsById(treeAsAt(units, links, '2024-04-01')).get('huyen-tay-son')?.name // 'Huyện Tây Sơn'
 */
export function unitsById(forest: readonly OrgUnitNode[]): Map<string, OrgUnitNode> {
  const byId = new Map<string, OrgUnitNode>();
  const visit = (node: OrgUnitNode) => {
    byId.set(node.id, node);
    for (const child of node.children) visit(child);
  };
  for (const root of forest) visit(root);
  return byId;
}

/**
 * The key under which a typed name is matched: forgiving about case, surrounding and repeated
 * whitespace and Unicode normal form (an Excel file may hold NFD text), never about diacritics
 * ("Tây Sơn" and "Tay Son" are different names).
 * @example nameKey('  huyện  TÂY SƠN ') === nameKey('Huyện Tây Sơn') // true
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('vi');
}
