import { addDays, formatVietnamese, parseIsoDate, toIsoDate } from '../calendar/local-date.js';
import {
  type PlanningIssue,
  type PlanningResult,
  planningIssue,
  resultOf,
} from '../planning/planning-issue.js';
import { type IsoDate, isValidOn } from './org-unit.js';
import type { LegalBasis } from './unit-register.schemas.js';

/**
 * One link from a ceased unit to a unit that takes over its work from `effectiveFrom` (the first
 * day the predecessor no longer exists), with the act that decided it.
 */
export interface UnitSuccession {
  predecessorId: string;
  successorId: string;
  effectiveFrom: IsoDate;
  basis: LegalBasis | null;
}

/** How a unit's work passed on: renamed into a new unit, merged with others, or split between several. */
export type SuccessionKind = 'one_to_one' | 'merge' | 'split';
export const SUCCESSION_KIND_LABELS: Record<SuccessionKind, string> = {
  one_to_one: 'Chuyển thành đơn vị mới',
  merge: 'Sáp nhập, hợp nhất',
  split: 'Chia, tách',
};

/** The largest number of successors a unit may name (a district's communes stay well under it). */
export const MAX_SUCCESSORS = 30;

/**
 * The kind of one change: a split when the predecessor names several successors that day, a merge
 * when the successor takes over several predecessors that day, otherwise one-to-one.
 * @example successionKind('huyen-tay-son', '2025-07-01', links) // 'split' when it names 2 communes
 */
export function successionKind(
  predecessorId: string,
  effectiveFrom: IsoDate,
  successions: readonly UnitSuccession[],
): SuccessionKind | null {
  const out = successions.filter(
    (s) => s.predecessorId === predecessorId && s.effectiveFrom === effectiveFrom,
  );
  if (out.length === 0) return null;
  if (out.length > 1) return 'split';
  const successorId = out[0]?.successorId;
  const merged = successions.filter(
    (s) => s.successorId === successorId && s.effectiveFrom === effectiveFrom,
  );
  return merged.length > 1 ? 'merge' : 'one_to_one';
}

/**
 * The units that stand for `unitId` on `date`: its successors in effect by then, followed through
 * later changes (a commune merged in 2025 whose successor was merged again in 2026 resolves to the
 * 2026 unit), in the order named; empty when nothing succeeded it by that date.
 * @example successorsAsAt('xa-a', '2027-01-01', links) // ['xa-c'] for a → b (2025), b → c (2026)
 */
export function successorsAsAt(
  unitId: string,
  date: IsoDate,
  successions: readonly UnitSuccession[],
): string[] {
  const out: string[] = [];
  const seen = new Set<string>([unitId]);
  const walk = (id: string): void => {
    const next = successions.filter((s) => s.predecessorId === id && s.effectiveFrom <= date);
    if (next.length === 0) {
      if (id !== unitId && !out.includes(id)) out.push(id);
      return;
    }
    for (const s of next) {
      // A cycle is a recording mistake; it must not hang the reader.
      if (seen.has(s.successorId)) continue;
      seen.add(s.successorId);
      walk(s.successorId);
    }
  };
  walk(unitId);
  return out;
}

/**
 * Every unit whose work had passed to `unitId` by `date`, directly or through earlier changes,
 * nearest first.
 * @example predecessorsAsAt('xa-c', '2027-01-01', links) // ['xa-b', 'xa-a']
 */
export function predecessorsAsAt(
  unitId: string,
  date: IsoDate,
  successions: readonly UnitSuccession[],
): string[] {
  const out: string[] = [];
  let frontier = [unitId];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const s of successions) {
        if (s.successorId !== id || s.effectiveFrom > date) continue;
        if (s.predecessorId === unitId || out.includes(s.predecessorId)) continue;
        out.push(s.predecessorId);
        next.push(s.predecessorId);
      }
    }
    frontier = next;
  }
  return out;
}

/** A unit as the succession rules read it. */
export interface SuccessionUnit {
  id: string;
  name: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

export type SuccessionIssueCode =
  | 'successor_is_self'
  | 'successor_not_found'
  | 'successor_not_existing_on_date'
  | 'successor_duplicate'
  | 'successors_too_many'
  | 'successors_already_recorded';

const vn = (date: IsoDate) => formatVietnamese(parseIsoDate(date));

/**
 * Checks the successors a ceasing unit names from `effectiveFrom`: each is another unit of the
 * province's register (`units` holds only the province's), existing that day, named once.
 * @example checkSuccessors(district, ['xa-moi'], '2025-07-01', units, []) // { ok: true }
 */
export function checkSuccessors(
  unit: SuccessionUnit,
  successorIds: readonly string[],
  effectiveFrom: IsoDate,
  units: readonly SuccessionUnit[],
  successions: readonly UnitSuccession[],
): PlanningResult<SuccessionIssueCode> {
  const issues: PlanningIssue<SuccessionIssueCode>[] = [];
  const field = 'successorIds';
  if (successorIds.length > MAX_SUCCESSORS) {
    issues.push(
      planningIssue('successors_too_many', `Một đơn vị có tối đa ${MAX_SUCCESSORS} đơn vị kế thừa.`, {
        field,
      }),
    );
    return resultOf(issues);
  }
  if (successorIds.length > 0 && successions.some((s) => s.predecessorId === unit.id)) {
    issues.push(
      planningIssue('successors_already_recorded', `Đã ghi đơn vị kế thừa của ${unit.name}.`, { field }),
    );
  }
  const seen = new Set<string>();
  for (const id of successorIds) {
    if (seen.has(id)) {
      issues.push(planningIssue('successor_duplicate', 'Một đơn vị kế thừa được chọn hai lần.', { field }));
      continue;
    }
    seen.add(id);
    if (id === unit.id) {
      issues.push(
        planningIssue('successor_is_self', 'Đơn vị không thể là đơn vị kế thừa của chính nó.', { field }),
      );
      continue;
    }
    const successor = units.find((u) => u.id === id);
    if (!successor) {
      issues.push(
        planningIssue(
          'successor_not_found',
          'Không tìm thấy đơn vị kế thừa đã chọn trong danh mục của tỉnh.',
          { field },
        ),
      );
    } else if (!isValidOn(successor, effectiveFrom)) {
      issues.push(
        planningIssue(
          'successor_not_existing_on_date',
          `${successor.name} không tồn tại tại ngày ${vn(effectiveFrom)}, ngày đơn vị kế thừa nhận nhiệm vụ; hãy thành lập đơn vị đó trước hoặc chọn đơn vị khác.`,
          { field, unitIds: [successor.id] },
        ),
      );
    }
  }
  return resultOf(issues);
}

/**
 * Checks naming the successors of a unit that already ceased (recorded before the register kept
 * successors): they take over from the day after its last day, under the same rules as on closing.
 * @example checkSuccessorsOfCeased(district2024, ['xa-moi'], units, []) // from 01/07/2025
 */
export function checkSuccessorsOfCeased(
  unit: SuccessionUnit,
  successorIds: readonly string[],
  units: readonly SuccessionUnit[],
  successions: readonly UnitSuccession[],
): PlanningResult<SuccessionIssueCode | 'unit_not_ceased'> {
  if (unit.validTo === null) {
    return resultOf([
      planningIssue(
        'unit_not_ceased',
        `${unit.name} vẫn đang hoạt động; đơn vị kế thừa được ghi khi giải thể, chấm dứt hoạt động đơn vị.`,
        { field: 'successorIds' },
      ),
    ]);
  }
  return checkSuccessors(unit, successorIds, dayAfter(unit.validTo), units, successions);
}

/** The first day a unit whose last day is `validTo` no longer exists. */
export const dayAfter = (validTo: IsoDate): IsoDate => toIsoDate(addDays(parseIsoDate(validTo), 1));
