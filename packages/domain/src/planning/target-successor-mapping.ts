import { formatVietnamese, parseIsoDate } from '../calendar/local-date.js';
import { type IsoDate, isValidOn } from '../org/org-unit.js';
import {
  dayAfter,
  type SuccessionUnit,
  successorsAsAt,
  type UnitSuccession,
} from '../org/unit-successions.js';
import type { PlanTarget } from './plan-model.js';

/**
 * What became of a copied target on the new plan's date: kept (the unit still exists), mapped to
 * its one successor, waiting for the administrator to choose among several successors (a split),
 * or flagged (it ceased and nothing succeeded it, or it did not exist yet).
 */
export type TargetMappingStatus = 'kept' | 'mapped' | 'choose' | 'flagged';
export const TARGET_MAPPING_STATUS_LABELS: Record<TargetMappingStatus, string> = {
  kept: 'Giữ nguyên',
  mapped: 'Chuyển sang đơn vị kế thừa',
  choose: 'Cần chọn đơn vị kế thừa',
  flagged: 'Không có đơn vị kế thừa',
};

export interface TargetMapping {
  unitId: string;
  unitName: string;
  /** Set when the unit was a commune carried by a district target rather than a target itself. */
  ofTargetUnitId: string | null;
  status: TargetMappingStatus;
  successors: { id: string; name: string }[];
  reason: string;
}

export interface SuccessionRegister {
  units: readonly SuccessionUnit[];
  successions: readonly UnitSuccession[];
  /** The unit's name as at a date (renames included); the recorded name when absent. */
  nameOf?: (unitId: string, date: IsoDate) => string;
}

const vn = (date: IsoDate) => formatVietnamese(parseIsoDate(date));

/**
 * Where one unit of an earlier plan stands on `date`.
 * @example mapUnitToSuccessors({ unitId: 'huyen-tay-son', unitName: 'UBND huyện Tây Sơn' }, '2027-04-01', register)
 * // { status: 'choose', successors: [xã Tây Sơn, xã Bình Khê], … }
 */
export function mapUnitToSuccessors(
  unit: { unitId: string; unitName: string },
  date: IsoDate,
  register: SuccessionRegister,
  ofTargetUnitId: string | null = null,
): TargetMapping {
  const nameOf = (id: string) =>
    register.nameOf?.(id, date) ?? register.units.find((u) => u.id === id)?.name ?? id;
  const base = { unitId: unit.unitId, unitName: unit.unitName, ofTargetUnitId };
  const found = register.units.find((u) => u.id === unit.unitId);
  if (found && isValidOn(found, date)) {
    return { ...base, status: 'kept', successors: [], reason: `Đơn vị vẫn tồn tại tại ngày ${vn(date)}.` };
  }
  if (found && found.validFrom > date) {
    return {
      ...base,
      status: 'flagged',
      successors: [],
      reason: `Đơn vị chỉ tồn tại từ ngày ${vn(found.validFrom)}, sau ngày ${vn(date)} của kế hoạch.`,
    };
  }
  const ended = found?.validTo ? ` từ ngày ${vn(dayAfter(found.validTo))}` : '';
  const successors = successorsAsAt(unit.unitId, date, register.successions)
    .map((id) => register.units.find((u) => u.id === id))
    .filter((u): u is SuccessionUnit => u !== undefined && isValidOn(u, date))
    .map((u) => ({ id: u.id, name: nameOf(u.id) }));
  if (successors.length === 0) {
    return {
      ...base,
      status: 'flagged',
      successors: [],
      reason: `Đơn vị không còn tồn tại${ended} và không có đơn vị kế thừa tại ngày ${vn(date)}; hãy bỏ hoặc chọn đối tượng khác.`,
    };
  }
  if (successors.length > 1) {
    return {
      ...base,
      status: 'choose',
      successors,
      reason: `Đơn vị không còn tồn tại${ended}; nhiệm vụ được chia cho ${successors.length} đơn vị (${successors.map((s) => s.name).join(', ')}): hãy chọn đơn vị kiểm tra.`,
    };
  }
  return {
    ...base,
    status: 'mapped',
    successors,
    reason: `Đơn vị không còn tồn tại${ended}; thay bằng đơn vị kế thừa ${successors[0]?.name}.`,
  };
}

/**
 * The targets of a copied plan on its new date: a target that still exists stays; one that ceased
 * with one successor is replaced by it (once, when two merged predecessors lead to the same unit);
 * a split or a unit with no successor is left out and listed for review. Communes carried by a
 * target follow the same rule; those that cannot be mapped are dropped and listed.
 * @example mapTargetsToSuccessors(plan2024.targets, '2027-04-01', register).mapping // one line per unit
 */
export function mapTargetsToSuccessors(
  targets: readonly PlanTarget[],
  date: IsoDate,
  register: SuccessionRegister,
): { targets: PlanTarget[]; mapping: TargetMapping[] } {
  const out: PlanTarget[] = [];
  const mapping: TargetMapping[] = [];
  const taken = new Set<string>();
  for (const t of targets) {
    const m = mapUnitToSuccessors(t, date, register);
    const unitId = m.status === 'kept' ? t.unitId : m.status === 'mapped' ? m.successors[0]?.id : undefined;
    if (unitId !== undefined && taken.has(unitId)) {
      mapping.push({
        ...m,
        reason: `${m.reason} ${m.successors[0]?.name ?? t.unitName} đã là đối tượng của kế hoạch: gộp làm một.`,
      });
      continue;
    }
    mapping.push(m);
    if (unitId === undefined) continue;
    taken.add(unitId);
    const subUnits: { id: string; name: string }[] = [];
    const unitName = m.status === 'mapped' ? (m.successors[0]?.name ?? t.unitName) : t.unitName;
    if (m.status === 'mapped') {
      // The successor is another unit: the communes chosen under the old one are chosen again.
      for (const s of t.subUnits) {
        mapping.push({
          unitId: s.id,
          unitName: s.name,
          ofTargetUnitId: t.unitId,
          status: 'flagged',
          successors: [],
          reason: `${t.unitName} đã chuyển sang ${unitName}: hãy chọn lại đơn vị cấp xã được kiểm tra.`,
        });
      }
      out.push({ ...t, unitId, unitName, subUnits, teamId: null });
      continue;
    }
    for (const s of t.subUnits) {
      const sm = mapUnitToSuccessors({ unitId: s.id, unitName: s.name }, date, register, t.unitId);
      if (sm.status === 'kept') {
        if (!subUnits.some((x) => x.id === s.id)) subUnits.push(s);
      } else {
        mapping.push(sm);
        const only = sm.status === 'mapped' ? sm.successors[0] : undefined;
        if (only && !subUnits.some((x) => x.id === only.id)) subUnits.push(only);
      }
    }
    out.push({ ...t, subUnits, teamId: null });
  }
  return { targets: out, mapping };
}
