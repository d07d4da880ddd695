import { describe, expect, it } from 'vitest';
import { checkTargetSubUnits } from './target-sub-units.js';
import { d, tree2024, tree2026 } from './test-fixtures.js';
import { type PlanningUnit, parentLookup, unitsById } from './unit-lookup.js';

const units = unitsById(tree2024);
const u = (id: string): PlanningUnit => {
  const node = units.get(id);
  if (!node) throw new Error(`no unit ${id}`);
  return { id: node.id, name: node.name, kind: node.kind };
};
const parentOf = parentLookup(tree2024);
const check = (target: string, subs: string[], bounds?: { min: number; max: number }) =>
  checkTargetSubUnits({
    targetUnit: u(target),
    subUnits: subs.map(u),
    parentOf,
    asAt: d('2024-04-01'),
    ...(bounds ? { bounds } : {}),
  });
const messages = (r: ReturnType<typeof check>) => (r.ok ? [] : r.issues.map((i) => i.message));

describe('checkTargetSubUnits', () => {
  it('accepts a district with 2 and with 3 of its communes', () => {
    expect(check('ts', ['bt', 'tg'])).toEqual({ ok: true });
    expect(check('ts', ['bt', 'tg', 'bth'])).toEqual({ ok: true });
  });

  it('refuses a district with 1 commune and with 4, saying the bounds', () => {
    expect(messages(check('ts', ['bt']))).toEqual([
      'Huyện Tây Sơn có 1 đơn vị cấp xã được chọn; kế hoạch cho phép từ 2 đến 3.',
    ]);
    expect(messages(check('ts', ['bt', 'tg', 'bth', 'ta']))).toEqual([
      'Huyện Tây Sơn có 4 đơn vị cấp xã được chọn; kế hoạch cho phép từ 2 đến 3.',
    ]);
  });

  it('refuses a district with no commune', () => {
    expect(messages(check('ts', []))).toEqual([
      'Huyện Tây Sơn chưa có đơn vị cấp xã nào được chọn; kế hoạch cho phép từ 2 đến 3.',
    ]);
  });

  it('applies the plan’s own bounds', () => {
    expect(check('ts', ['bt', 'tg', 'bth', 'ta'], { min: 1, max: 4 })).toEqual({ ok: true });
    expect(messages(check('ts', ['bt'], { min: 2, max: 2 }))).toEqual([
      'Huyện Tây Sơn có 1 đơn vị cấp xã được chọn; kế hoạch cho phép đúng 2.',
    ]);
  });

  it('refuses a commune of another district', () => {
    const r = check('ts', ['bt', 'ch']);
    expect(r.ok === false && r.issues.map((i) => [i.code, i.message, i.unitIds])).toEqual([
      [
        'sub_unit_not_child',
        'Xã Cát Hanh không thuộc Huyện Tây Sơn tại ngày 01/04/2024; hãy chọn đơn vị cấp xã của Huyện Tây Sơn.',
        ['ch', 'ts'],
      ],
    ]);
  });

  it('refuses a commune listed twice and counts it once', () => {
    expect(messages(check('ts', ['bt', 'bt', 'tg']))).toEqual([
      'Xã Bình Tường được chọn hai lần cho Huyện Tây Sơn; hãy bỏ bớt một lần.',
    ]);
  });

  it('refuses a child of the district that is not a commune', () => {
    expect(messages(check('ts', ['bt', 'pnv-ts']))).toEqual([
      'Phòng Nội vụ huyện Tây Sơn không phải đơn vị cấp xã; chỉ chọn xã, phường, thị trấn của Huyện Tây Sơn.',
    ]);
  });

  it('refuses communes on a target that is not a district', () => {
    expect(messages(check('sct', ['bt']))).toEqual([
      'Sở Công Thương không phải đơn vị cấp huyện nên không kèm đơn vị cấp xã; hãy bỏ 1 đơn vị cấp xã đã chọn hoặc chọn các xã đó làm đối tượng riêng.',
    ]);
    expect(check('sct', [])).toEqual({ ok: true });
  });

  it('takes a 2026 commune, under the province with no district, as a target with no sub-units', () => {
    const units2026 = unitsById(tree2026);
    const bt = units2026.get('bt');
    expect(bt && parentLookup(tree2026).get('bt')).toBe('gl');
    expect(
      checkTargetSubUnits({
        targetUnit: { id: 'bt', name: 'Xã Bình Tường', kind: 'commune' },
        subUnits: [],
        parentOf: parentLookup(tree2026),
        asAt: d('2026-04-01'),
      }),
    ).toEqual({ ok: true });
  });
});
