/**
 * Kinds of organisational unit. The tree is never assumed to have three levels: after 1/7/2025
 * districts are abolished and communes hang directly under the province.
 */
export const ORG_UNIT_KINDS = [
  'province',
  'department',
  'central_agency',
  'district',
  'commune',
  'other',
] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export const ORG_UNIT_KIND_LABELS: Record<OrgUnitKind, string> = {
  province: 'Tỉnh',
  department: 'Sở, ban, ngành thuộc tỉnh',
  central_agency: 'Cơ quan Trung ương đóng trên địa bàn tỉnh',
  district: 'Huyện, thị xã, thành phố',
  commune: 'Xã, phường, thị trấn',
  other: 'Đơn vị khác',
};

/** ISO date strings (yyyy-mm-dd) compare correctly as strings. */
export type IsoDate = string;

export interface OrgUnitVersion {
  id: string;
  name: string;
  kind: OrgUnitKind;
  validFrom: IsoDate;
  /** Last day the unit exists, inclusive; null while it still exists. */
  validTo: IsoDate | null;
}

export interface ParentLink {
  orgUnitId: string;
  parentId: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

export interface OrgUnitNode {
  id: string;
  name: string;
  kind: OrgUnitKind;
  children: OrgUnitNode[];
}

export const isValidOn = (period: { validFrom: IsoDate; validTo: IsoDate | null }, date: IsoDate): boolean =>
  period.validFrom <= date && (period.validTo === null || date <= period.validTo);

/**
 * The org-unit forest as it stood on `date`: units that existed that day, each under the parent it
 * had that day. A unit whose parent did not exist that day becomes a root.
 * @example treeAsAt(units, links, '2024-06-01') // Bình Định with its districts
 */
export function treeAsAt(
  units: readonly OrgUnitVersion[],
  links: readonly ParentLink[],
  date: IsoDate,
): OrgUnitNode[] {
  const nodes = new Map<string, OrgUnitNode>();
  for (const unit of units) {
    if (isValidOn(unit, date))
      nodes.set(unit.id, { id: unit.id, name: unit.name, kind: unit.kind, children: [] });
  }
  const parentOf = new Map<string, string>();
  for (const link of links) {
    if (isValidOn(link, date) && nodes.has(link.orgUnitId) && nodes.has(link.parentId)) {
      parentOf.set(link.orgUnitId, link.parentId);
    }
  }
  const roots: OrgUnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = nodes.get(parentOf.get(node.id) ?? '');
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const byKindThenName = (a: OrgUnitNode, b: OrgUnitNode) =>
    ORG_UNIT_KINDS.indexOf(a.kind) - ORG_UNIT_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name, 'vi');
  const sortDeep = (list: OrgUnitNode[]) => {
    list.sort(byKindThenName);
    for (const n of list) sortDeep(n.children);
  };
  sortDeep(roots);
  return roots;
}

/** Ids of `rootId` and every unit below it in the given forest. */
export function subtreeIds(forest: readonly OrgUnitNode[], rootId: string): Set<string> {
  const ids = new Set<string>();
  const collect = (node: OrgUnitNode) => {
    ids.add(node.id);
    for (const c of node.children) collect(c);
  };
  const find = (list: readonly OrgUnitNode[]): OrgUnitNode | undefined => {
    for (const node of list) {
      const found = node.id === rootId ? node : find(node.children);
      if (found) return found;
    }
    return undefined;
  };
  const root = find(forest);
  if (root) collect(root);
  return ids;
}
