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

/**
 * The kinds' names in the 2024 list. A kind's name changes over time (communes are "Xã, phường,
 * đặc khu" from 01/07/2025): show {@link orgUnitKindLabel} as at the date being read.
 */
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

/** A name a unit took from a date on (a rename); before the first one the unit bears its own name. */
export interface UnitRename {
  orgUnitId: string;
  name: string;
  validFrom: IsoDate;
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
 * A unit's name as it stood on `date`: its last rename taking effect on or before that day, else
 * the name it was recorded with. A rename never changes what an earlier date reads.
 * @example nameAsAt(unit, renames, '2024-06-01') // the 2024 name, whatever was renamed in 2026
 */
export function nameAsAt(
  unit: Pick<OrgUnitVersion, 'id' | 'name'>,
  renames: readonly UnitRename[],
  date: IsoDate,
): string {
  let name = unit.name;
  let from = '';
  for (const r of renames) {
    if (r.orgUnitId === unit.id && r.validFrom <= date && r.validFrom >= from) {
      name = r.name;
      from = r.validFrom;
    }
  }
  return name;
}

/**
 * The org-unit forest as it stood on `date`: units that existed that day, each under the parent it
 * had that day and with the name it bore that day. A unit whose parent did not exist that day
 * becomes a root.
 * @example treeAsAt(units, links, '2024-06-01') // Bình Định with its districts
 */
export function treeAsAt(
  units: readonly OrgUnitVersion[],
  links: readonly ParentLink[],
  date: IsoDate,
  renames: readonly UnitRename[] = [],
): OrgUnitNode[] {
  const renamesOf = new Map<string, UnitRename[]>();
  for (const r of renames) renamesOf.set(r.orgUnitId, [...(renamesOf.get(r.orgUnitId) ?? []), r]);
  const nodes = new Map<string, OrgUnitNode>();
  for (const unit of units) {
    if (isValidOn(unit, date))
      nodes.set(unit.id, {
        id: unit.id,
        name: nameAsAt(unit, renamesOf.get(unit.id) ?? [], date),
        kind: unit.kind,
        children: [],
      });
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
