import { describe, expect, it } from 'vitest';
import {
  checkSuccessors,
  checkSuccessorsOfCeased,
  predecessorsAsAt,
  type SuccessionUnit,
  successionKind,
  successorsAsAt,
  type UnitSuccession,
} from './unit-successions.js';

const link = (predecessorId: string, successorId: string, effectiveFrom: string): UnitSuccession => ({
  predecessorId,
  successorId,
  effectiveFrom,
  basis: null,
});

// a and b merge into c (2025); c merges with d into e (2026); s splits into s1 and s2 (2025); r renamed into r2.
const LINKS = [
  link('a', 'c', '2025-07-01'),
  link('b', 'c', '2025-07-01'),
  link('c', 'e', '2026-07-01'),
  link('d', 'e', '2026-07-01'),
  link('s', 's1', '2025-07-01'),
  link('s', 's2', '2025-07-01'),
  link('r', 'r2', '2025-07-01'),
];

describe('successionKind', () => {
  it('reads a merge, a split and a one-to-one change', () => {
    expect(successionKind('a', '2025-07-01', LINKS)).toBe('merge');
    expect(successionKind('s', '2025-07-01', LINKS)).toBe('split');
    expect(successionKind('r', '2025-07-01', LINKS)).toBe('one_to_one');
  });
  it('is null for a unit with no successor that day', () => {
    expect(successionKind('a', '2026-07-01', LINKS)).toBeNull();
    expect(successionKind('e', '2026-07-01', LINKS)).toBeNull();
  });
});

describe('successorsAsAt', () => {
  it('is empty before the change takes effect', () => {
    expect(successorsAsAt('a', '2025-06-30', LINKS)).toEqual([]);
  });
  it('gives the direct successor once the change is in effect', () => {
    expect(successorsAsAt('a', '2025-07-01', LINKS)).toEqual(['c']);
  });
  it('follows a later merge transitively', () => {
    expect(successorsAsAt('a', '2026-07-01', LINKS)).toEqual(['e']);
    expect(successorsAsAt('a', '2026-06-30', LINKS)).toEqual(['c']);
  });
  it('gives every successor of a split, in the order named', () => {
    expect(successorsAsAt('s', '2027-01-01', LINKS)).toEqual(['s1', 's2']);
  });
  it('is empty for a unit nothing succeeded', () => {
    expect(successorsAsAt('e', '2030-01-01', LINKS)).toEqual([]);
  });
  it('names a unit reached twice once and does not hang on a recorded cycle', () => {
    const diamond = [
      link('x', 'y', '2025-01-01'),
      link('x', 'z', '2025-01-01'),
      link('y', 'w', '2025-02-01'),
    ];
    expect(successorsAsAt('x', '2025-03-01', [...diamond, link('z', 'w', '2025-02-01')])).toEqual(['w']);
    expect(
      successorsAsAt('p', '2026-01-01', [link('p', 'q', '2025-01-01'), link('q', 'p', '2025-06-01')]),
    ).toEqual([]);
  });
});

describe('predecessorsAsAt', () => {
  it('gives direct predecessors first, then theirs', () => {
    expect(predecessorsAsAt('e', '2026-07-01', LINKS)).toEqual(['c', 'd', 'a', 'b']);
  });
  it('reads only changes in effect by the date', () => {
    expect(predecessorsAsAt('e', '2026-06-30', LINKS)).toEqual([]);
    expect(predecessorsAsAt('c', '2025-07-01', LINKS)).toEqual(['a', 'b']);
  });
  it('reads a split from each side', () => {
    expect(predecessorsAsAt('s2', '2025-07-01', LINKS)).toEqual(['s']);
  });
});

describe('checkSuccessors', () => {
  const unit = (id: string, validFrom: string, validTo: string | null = null): SuccessionUnit => ({
    id,
    name: `Đơn vị ${id}`,
    validFrom,
    validTo,
  });
  const district = unit('huyen', '2020-01-01');
  const units = [district, unit('xa-moi', '2025-07-01'), unit('xa-cu', '2020-01-01', '2025-06-30')];

  it('accepts successors existing on the day the unit ceases, and none at all', () => {
    expect(checkSuccessors(district, ['xa-moi'], '2025-07-01', units, [])).toEqual({ ok: true });
    expect(checkSuccessors(district, [], '2025-07-01', units, [])).toEqual({ ok: true });
  });
  it('refuses the unit itself, an unknown unit and a duplicate', () => {
    const r = checkSuccessors(district, ['huyen', 'khac-tinh', 'xa-moi', 'xa-moi'], '2025-07-01', units, []);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual([
      'successor_is_self',
      'successor_not_found',
      'successor_duplicate',
    ]);
  });
  it('refuses a successor not existing that day, naming it and the date', () => {
    const r = checkSuccessors(district, ['xa-cu'], '2025-07-01', units, []);
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          code: 'successor_not_existing_on_date',
          message:
            'Đơn vị xa-cu không tồn tại tại ngày 01/07/2025, ngày đơn vị kế thừa nhận nhiệm vụ; hãy thành lập đơn vị đó trước hoặc chọn đơn vị khác.',
          field: 'successorIds',
          unitIds: ['xa-cu'],
        },
      ],
    });
    expect(checkSuccessors(district, ['xa-moi'], '2025-06-30', units, []).ok).toBe(false);
  });
  it('refuses naming successors twice and more than 30', () => {
    const r = checkSuccessors(district, ['xa-moi'], '2025-07-01', units, [
      link('huyen', 'xa-moi', '2025-07-01'),
    ]);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['successors_already_recorded']);
    const many = Array.from({ length: 31 }, (_, i) => `u${i}`);
    const r2 = checkSuccessors(district, many, '2025-07-01', units, []);
    expect(r2.ok ? [] : r2.issues[0]?.code).toBe('successors_too_many');
  });
});

describe('checkSuccessorsOfCeased', () => {
  const units: SuccessionUnit[] = [
    { id: 'huyen', name: 'UBND huyện Tây Sơn', validFrom: '2020-01-01', validTo: '2025-06-30' },
    { id: 'xa', name: 'UBND xã Tây Sơn', validFrom: '2025-07-01', validTo: null },
  ];
  it('takes successors existing the day after the unit’s last day', () => {
    expect(checkSuccessorsOfCeased(units[0] as SuccessionUnit, ['xa'], units, [])).toEqual({ ok: true });
  });
  it('refuses a unit still active, and a successor not existing the day after', () => {
    const r = checkSuccessorsOfCeased(units[1] as SuccessionUnit, ['huyen'], units, []);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['unit_not_ceased']);
    const early = { ...(units[0] as SuccessionUnit), validTo: '2025-06-29' };
    const r2 = checkSuccessorsOfCeased(early, ['xa'], units, []);
    expect(r2.ok ? [] : r2.issues.map((i) => i.code)).toEqual(['successor_not_existing_on_date']);
  });
});
