import {
  type InspectionKind,
  ORG_UNIT_KIND_LABELS,
  type OrgUnitKind,
  type OrgUnitNode,
  orgUnitKindLabel,
  type TargetGroup,
} from '@kiemtra/domain';

/** A unit as the target picker lists it: indented under its parent, with its communes. */
export interface PickableUnit {
  id: string;
  name: string;
  kind: OrgUnitKind;
  kindLabel: string;
  depth: number;
  parentName: string | null;
  /** The communes under a district, to pick 2–3 of (seed III.1). */
  communes: { id: string; name: string }[];
}

/**
 * The province's units as at the plan's date, depth first, without the province itself; each
 * kind named as on that date when it is given (communes are "Xã, phường, đặc khu" from 01/07/2025).
 */
export function pickableUnits(roots: readonly OrgUnitNode[], asAt: string | null = null): PickableUnit[] {
  const out: PickableUnit[] = [];
  const visit = (node: OrgUnitNode, depth: number, parent: OrgUnitNode | null) => {
    if (node.kind !== 'province') {
      out.push({
        id: node.id,
        name: node.name,
        kind: node.kind,
        kindLabel: asAt === null ? ORG_UNIT_KIND_LABELS[node.kind] : orgUnitKindLabel(node.kind, asAt),
        depth,
        parentName: parent?.kind === 'province' ? null : (parent?.name ?? null),
        communes: node.children.filter((c) => c.kind === 'commune').map((c) => ({ id: c.id, name: c.name })),
      });
    }
    const next = node.kind === 'province' ? depth : depth + 1;
    for (const child of node.children) visit(child, next, node);
  };
  for (const root of roots) visit(root, 0, null);
  return out;
}

const isLandBranch = (unit: Pick<PickableUnit, 'name'>) =>
  unit.name.startsWith('Chi nhánh Văn phòng Đăng ký đất đai');

/**
 * The group and kind of inspection a unit usually gets in the seed's list (III.1); the
 * administrator may change both.
 * @example suggestedTarget({ kind: 'district', name: 'Ủy ban nhân dân huyện Tây Sơn' })
 * // { group: 'district_comprehensive', kind: 'comprehensive' }
 */
export function suggestedTarget(unit: Pick<PickableUnit, 'kind' | 'name'>): {
  group: TargetGroup;
  kind: InspectionKind;
} {
  if (isLandBranch(unit)) return { group: 'land_registration_branches', kind: 'thematic' };
  switch (unit.kind) {
    case 'district':
      return { group: 'district_comprehensive', kind: 'comprehensive' };
    case 'commune':
      // A commune inspected on its own (a district's own plan, V.3.c): the district groups are for
      // districts only (the Excel import refuses a commune there), so the general group.
      return { group: 'provincial_agencies', kind: 'comprehensive' };
    case 'central_agency':
      return { group: 'central_agencies', kind: 'comprehensive' };
    default:
      return { group: 'provincial_agencies', kind: 'comprehensive' };
  }
}

/** The label of a unit in the picker's list: indented by its depth. */
export const pickerLabel = (unit: PickableUnit): string => `${'\u00a0\u00a0'.repeat(unit.depth)}${unit.name}`;

/** The units that may send members to a plan's teams (IV.1): provincial bodies, not districts or communes. */
export const agencyCandidates = (roots: readonly OrgUnitNode[]): PickableUnit[] =>
  pickableUnits(roots).filter((u) => u.kind !== 'district' && u.kind !== 'commune' && !isLandBranch(u));

/**
 * The units a plan may target: every unit for the province's plan; for a department's or
 * district's plan only the units under its owner (V.3.c), the owner itself excluded.
 */
export function targetableUnits(
  roots: readonly OrgUnitNode[],
  plan: { level: 'province' | 'lower'; ownerOrgUnitId: string },
  asAt: string | null = null,
): PickableUnit[] {
  if (plan.level === 'province') return pickableUnits(roots, asAt);
  const find = (nodes: readonly OrgUnitNode[]): OrgUnitNode | null => {
    for (const n of nodes) {
      if (n.id === plan.ownerOrgUnitId) return n;
      const inner = find(n.children);
      if (inner) return inner;
    }
    return null;
  };
  const owner = find(roots);
  return owner === null ? [] : pickableUnits(owner.children, asAt);
}

/** The member agencies a plan may choose: provincial bodies, and a lower-level plan's own unit. */
export function memberAgencyCandidates(
  roots: readonly OrgUnitNode[],
  plan: { level: 'province' | 'lower'; ownerOrgUnitId: string },
): PickableUnit[] {
  const candidates = agencyCandidates(roots);
  if (plan.level === 'province' || candidates.some((c) => c.id === plan.ownerOrgUnitId)) return candidates;
  const owner = pickableUnits(roots).find((u) => u.id === plan.ownerOrgUnitId);
  return owner ? [owner, ...candidates] : candidates;
}
