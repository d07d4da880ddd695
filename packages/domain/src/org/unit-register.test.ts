import { describe, expect, it } from 'vitest';
import { treeAsAt } from './org-unit.js';
import {
  checkClose,
  checkNewUnit,
  checkRename,
  checkReparent,
  checkUnitCodes,
  lastChangeOf,
  type NewUnitFacts,
  type RegisterHistory,
  type RegisterUnit,
} from './unit-register.js';

const unit = (
  id: string,
  name: string,
  kind: RegisterUnit['kind'],
  validFrom = '1989-07-01',
  validTo: string | null = null,
): RegisterUnit => ({
  id,
  name,
  kind,
  validFrom,
  validTo,
  adminCode: null,
  electronicId: null,
});

// Bình Định in 2024 (until 30/06/2025) and Gia Lai from 01/07/2025, in miniature.
const bd = { ...unit('bd', 'UBND tỉnh Bình Định', 'province', '1989-07-01', '2025-06-30'), adminCode: '52' };
const gl = { ...unit('gl', 'UBND tỉnh Gia Lai', 'province', '2025-07-01'), adminCode: '64' };
const ts = unit('ts', 'UBND huyện Tây Sơn', 'district', '1989-07-01', '2025-06-30');
const bt = { ...unit('bt', 'UBND xã Bình Tường', 'commune'), adminCode: '21550' };
const snv = { ...unit('snv', 'Sở Nội vụ', 'department'), electronicId: '000.00.12.H41' };
const history: RegisterHistory = {
  units: [bd, gl, ts, bt, snv],
  links: [
    { orgUnitId: 'ts', parentId: 'bd', validFrom: '1989-07-01', validTo: '2025-06-30' },
    { orgUnitId: 'bt', parentId: 'ts', validFrom: '1989-07-01', validTo: '2025-06-30' },
    { orgUnitId: 'snv', parentId: 'bd', validFrom: '1989-07-01', validTo: '2025-06-30' },
    { orgUnitId: 'snv', parentId: 'gl', validFrom: '2025-07-01', validTo: null },
  ],
  renames: [],
};

const commune = (overrides: Partial<NewUnitFacts> = {}): NewUnitFacts => ({
  name: 'UBND xã Bình An',
  kind: 'commune',
  communeType: 'xa',
  adminCode: '21551',
  electronicId: null,
  parentId: 'gl',
  effectiveFrom: '2025-07-01',
  ...overrides,
});
const codes = (r: ReturnType<typeof checkNewUnit>) => (r.ok ? [] : r.issues.map((i) => i.code));

describe('a new unit', () => {
  it('is accepted when its kind, type, codes and parent hold on its date', () => {
    expect(checkNewUnit(history, commune())).toEqual({ ok: true });
    expect(checkNewUnit(history, commune({ communeType: 'dac_khu', adminCode: null }))).toEqual({ ok: true });
  });

  it('cannot be a district or a thị trấn after 30/06/2025, nor a đặc khu before 01/07/2025', () => {
    expect(
      codes(checkNewUnit(history, commune({ kind: 'district', communeType: null, adminCode: null }))),
    ).toContain('kind_not_existing_on_date');
    const thiTran = checkNewUnit(history, commune({ communeType: 'thi_tran' }));
    expect(codes(thiTran)).toEqual(['commune_type_not_existing_on_date']);
    expect(thiTran.ok ? '' : thiTran.issues[0]?.message).toContain('Thị trấn chỉ có đến ngày 30/06/2025');
    const early = checkNewUnit(
      history,
      commune({ communeType: 'dac_khu', parentId: 'ts', effectiveFrom: '2024-01-01' }),
    );
    expect(codes(early)).toEqual(['commune_type_not_existing_on_date']);
  });

  it('needs a commune type for a commune and none for another kind', () => {
    expect(codes(checkNewUnit(history, commune({ communeType: null })))).toEqual(['commune_type_missing']);
    expect(
      codes(
        checkNewUnit(history, { ...commune({ kind: 'department', adminCode: null }), communeType: 'xa' }),
      ),
    ).toEqual(['commune_type_on_non_commune']);
  });

  it('refuses a malformed or taken code, naming the unit that has it', () => {
    expect(codes(checkNewUnit(history, commune({ adminCode: '215' })))).toEqual(['admin_code_invalid']);
    const taken = checkNewUnit(history, commune({ adminCode: '21550' }));
    expect(codes(taken)).toEqual(['admin_code_duplicate']);
    expect(taken.ok ? '' : taken.issues[0]?.message).toContain('UBND xã Bình Tường');
    expect(
      codes(
        checkNewUnit(
          history,
          commune({ kind: 'department', communeType: null, adminCode: null, electronicId: '000.00.12.H41' }),
        ),
      ),
    ).toEqual(['electronic_id_duplicate']);
    expect(codes(checkNewUnit(history, commune({ electronicId: '12.H41' })))).toEqual([
      'electronic_id_invalid',
    ]);
  });

  it('needs a parent existing on its date, of a kind that may hold it', () => {
    expect(codes(checkNewUnit(history, commune({ parentId: null })))).toEqual(['parent_missing']);
    expect(codes(checkNewUnit(history, commune({ parentId: 'bd' })))).toEqual([
      'parent_not_existing_on_date',
    ]);
    expect(codes(checkNewUnit(history, commune({ parentId: 'snv' })))).toEqual(['parent_kind_mismatch']);
    expect(codes(checkNewUnit(history, commune({ parentId: 'nowhere' })))).toEqual(['parent_not_found']);
    const province = { ...commune({ kind: 'province', communeType: null, adminCode: '01' }) };
    expect(codes(checkNewUnit(history, province))).toEqual(['parent_on_province']);
    expect(checkNewUnit(history, { ...province, parentId: null })).toEqual({ ok: true });
  });
});

describe('changes over time', () => {
  it('renames from a date on and keeps the old name for every earlier date', () => {
    expect(checkRename(history, snv, 'Sở Nội vụ tỉnh Gia Lai', '2025-08-01')).toEqual({ ok: true });
    const renamed = {
      ...history,
      renames: [{ orgUnitId: 'snv', name: 'Sở Nội vụ tỉnh Gia Lai', validFrom: '2025-08-01' }],
    };
    const names = (date: string) =>
      treeAsAt(renamed.units, renamed.links, date, renamed.renames)
        .flatMap((r) => [r, ...r.children])
        .find((n) => n.id === 'snv')?.name;
    expect(names('2024-06-01')).toBe('Sở Nội vụ');
    expect(names('2025-08-01')).toBe('Sở Nội vụ tỉnh Gia Lai');
    expect(lastChangeOf(renamed, snv)).toBe('2025-08-01');
    expect(codes(checkRename(renamed, snv, 'Sở Nội vụ', '2025-08-01'))).toEqual([
      'date_not_after_last_change',
    ]);
    expect(codes(checkRename(history, snv, 'Sở Nội vụ', '2025-09-01'))).toEqual(['name_unchanged']);
  });

  it("refuses a change before the unit's last change, or on a day it does not exist", () => {
    expect(codes(checkRename(history, snv, 'Sở Nội vụ mới', '2025-07-01'))).toEqual([
      'date_not_after_last_change',
    ]);
    const gone = checkRename(history, ts, 'UBND thị xã Tây Sơn', '2025-08-01');
    expect(codes(gone)).toEqual(['unit_not_existing_on_date']);
    expect(gone.ok ? '' : gone.issues[0]?.message).toContain('đến 30/06/2025');
  });

  it('moves a unit under a parent of that day and refuses a cycle or no change', () => {
    expect(checkReparent(history, bt, 'gl', '2025-07-01')).toEqual({ ok: true });
    expect(codes(checkReparent(history, snv, 'gl', '2025-08-01'))).toEqual(['parent_unchanged']);
    expect(codes(checkReparent(history, bt, 'bd', '2025-07-01'))).toEqual(['parent_not_existing_on_date']);
    const nested: RegisterHistory = {
      ...history,
      units: [...history.units, unit('d2', 'Ban A', 'other'), unit('d3', 'Tổ B', 'other')],
      links: [
        ...history.links,
        { orgUnitId: 'd2', parentId: 'snv', validFrom: '1989-07-01', validTo: null },
        { orgUnitId: 'd3', parentId: 'd2', validFrom: '1989-07-01', validTo: null },
      ],
    };
    expect(codes(checkReparent(nested, unit('d2', 'Ban A', 'other'), 'd3', '2026-01-01'))).toEqual([
      'parent_cycle',
    ]);
  });

  it('closes a unit only once nothing still hangs under it that day, naming what does', () => {
    const refused = checkClose(history, gl, '2026-01-01');
    expect(codes(refused)).toEqual(['children_still_attached']);
    expect(refused.ok ? '' : refused.issues[0]?.message).toContain('Sở Nội vụ');
    expect(checkClose(history, bt, '2026-01-01')).toEqual({ ok: true });
    expect(codes(checkClose(history, ts, '2025-07-01'))).toEqual(['unit_not_existing_on_date']);
  });

  it('checks corrected codes against every other unit but not the unit itself', () => {
    expect(checkUnitCodes(history, bt, { adminCode: '21550', electronicId: null })).toEqual({ ok: true });
    expect(codes(checkUnitCodes(history, bt, { adminCode: '52', electronicId: null }))).toEqual([
      'admin_code_invalid',
      'admin_code_duplicate',
    ]);
  });
});
