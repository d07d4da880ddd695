import { describe, expect, it } from 'vitest';
import { checkLowerLevelScope } from './lower-level-scope.js';
import { tree2024, tree2026 } from './test-fixtures.js';

const messages = (r: ReturnType<typeof checkLowerLevelScope>) => (r.ok ? [] : r.issues.map((i) => i.message));

describe('checkLowerLevelScope (seed V.3.c)', () => {
  it('lets a district inspect its own communes', () => {
    expect(checkLowerLevelScope({ ownerUnitId: 'ts', targetUnitIds: ['bt', 'tg'], tree: tree2024 })).toEqual({
      ok: true,
    });
  });

  it('lets a department inspect units two levels under it', () => {
    expect(
      checkLowerLevelScope({ ownerUnitId: 'stnmt', targetUnitIds: ['vpdkdd', 'cn-ts'], tree: tree2024 }),
    ).toEqual({
      ok: true,
    });
  });

  it('refuses a unit outside the owner’s subtree', () => {
    const r = checkLowerLevelScope({ ownerUnitId: 'ts', targetUnitIds: ['bt', 'ch'], tree: tree2024 });
    expect(r.ok === false && r.issues.map((i) => [i.code, i.unitIds])).toEqual([
      ['lower_level_target_outside_scope', ['ch']],
    ]);
    expect(messages(r)).toEqual([
      'Xã Cát Hanh không thuộc phạm vi quản lý của Huyện Tây Sơn; kế hoạch của Huyện Tây Sơn chỉ kiểm tra các cơ quan, đơn vị thuộc và trực thuộc (mục V.3.c của Kế hoạch).',
    ]);
  });

  it('refuses the owner itself', () => {
    expect(
      messages(checkLowerLevelScope({ ownerUnitId: 'ts', targetUnitIds: ['ts'], tree: tree2024 })),
    ).toEqual([
      'Huyện Tây Sơn không tự kiểm tra chính mình; kế hoạch của Huyện Tây Sơn chỉ kiểm tra các cơ quan, đơn vị thuộc và trực thuộc.',
    ]);
  });

  it('refuses a unit unknown on the plan’s date, and an owner that no longer exists', () => {
    expect(
      messages(checkLowerLevelScope({ ownerUnitId: 'ts', targetUnitIds: ['nowhere'], tree: tree2024 })),
    ).toEqual([
      'Đơn vị đã chọn không thuộc phạm vi quản lý của Huyện Tây Sơn; kế hoạch của Huyện Tây Sơn chỉ kiểm tra các cơ quan, đơn vị thuộc và trực thuộc (mục V.3.c của Kế hoạch).',
    ]);
    expect(
      messages(checkLowerLevelScope({ ownerUnitId: 'ts', targetUnitIds: ['bt'], tree: tree2026 })),
    ).toEqual(['Không tìm thấy cơ quan, đơn vị lập kế hoạch trong danh mục tại ngày của kế hoạch.']);
  });
});
