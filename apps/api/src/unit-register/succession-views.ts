import type { RegisterUnitRow } from '@kiemtra/db';
import {
  type IsoDate,
  isValidOn,
  LEGAL_BASIS_KIND_LABELS,
  lastDayBefore,
  nameAsAt,
  predecessorsAsAt,
  type RegisterHistory,
  SUCCESSION_KIND_LABELS,
  successionKind,
  successorsAsAt,
  type UnitSuccession,
} from '@kiemtra/domain';

type Register = RegisterHistory & { rows: RegisterUnitRow[] };

/** One line of "Đơn vị kế thừa" or "Đơn vị tiền thân" on a unit's page. */
export interface SuccessionLineDto {
  id: string;
  name: string;
  effectiveFrom: IsoDate;
  kindLabel: string;
  basis: { kind: string; kindLabel: string; number: string; date: string; issuer: string | null } | null;
  /** False for a unit reached through a later (or earlier) change rather than named directly. */
  direct: boolean;
  existsOnDate: boolean;
}

/**
 * A unit's successors and predecessors as at `asAt`, read both ways: the units named directly
 * with their date and act, then those reached through later changes (a successor merged again),
 * each named as on the day it took over (a successor) or its last day (a predecessor).
 */
export function successionView(
  register: Register,
  successions: readonly UnitSuccession[],
  unitId: string,
  asAt: IsoDate,
) {
  const row = (id: string) => register.rows.find((u) => u.id === id);
  const line = (
    link: UnitSuccession,
    otherId: string,
    direct: boolean,
    nameOn: IsoDate,
  ): SuccessionLineDto => {
    const other = row(otherId);
    const kind = successionKind(link.predecessorId, link.effectiveFrom, successions);
    return {
      id: otherId,
      name: other ? nameAsAt(other, register.renames, nameOn) : otherId,
      effectiveFrom: link.effectiveFrom,
      kindLabel: kind ? SUCCESSION_KIND_LABELS[kind] : '',
      basis: link.basis ? { ...link.basis, kindLabel: LEGAL_BASIS_KIND_LABELS[link.basis.kind] } : null,
      direct,
      existsOnDate: other ? isValidOn(other, asAt) : false,
    };
  };
  const inEffect = successions.filter((s) => s.effectiveFrom <= asAt);
  const successors: SuccessionLineDto[] = inEffect
    .filter((s) => s.predecessorId === unitId)
    .map((s) => line(s, s.successorId, true, s.effectiveFrom));
  for (const id of successorsAsAt(unitId, asAt, successions)) {
    if (successors.some((s) => s.id === id)) continue;
    const link = inEffect.find((s) => s.successorId === id);
    if (link) successors.push(line(link, id, false, asAt));
  }
  const predecessors = predecessorsAsAt(unitId, asAt, successions).flatMap((id) => {
    const link = inEffect.find((s) => s.predecessorId === id);
    return link ? [line(link, id, link.successorId === unitId, lastDayBefore(link.effectiveFrom))] : [];
  });
  return { successors, predecessors };
}
