import type { OrgUnitNode } from '@kiemtra/domain';
import { describe, expect, it } from 'vitest';
import {
  agencyCandidates,
  memberAgencyCandidates,
  pickableUnits,
  pickerLabel,
  suggestedTarget,
  targetableUnits,
} from './target-picker';

const node = (
  id: string,
  name: string,
  kind: OrgUnitNode['kind'],
  children: OrgUnitNode[] = [],
): OrgUnitNode => ({
  id,
  name,
  kind,
  children,
});

const province = node('tinh', 'Tỉnh Bình Định', 'province', [
  node('snv', 'Sở Nội vụ', 'department'),
  node('stnmt', 'Sở Tài nguyên và Môi trường', 'department', [
    node('vpdkdd', 'Văn phòng Đăng ký đất đai', 'other', [
      node('cn-ts', 'Chi nhánh Văn phòng Đăng ký đất đai huyện Tây Sơn', 'other'),
    ]),
  ]),
  node('ts', 'Ủy ban nhân dân huyện Tây Sơn', 'district', [
    node('bt', 'Ủy ban nhân dân xã Bình Tường', 'commune'),
    node('tg', 'Ủy ban nhân dân xã Tây Giang', 'commune'),
  ]),
]);

describe('the target picker', () => {
  it('lists every unit under the province depth first, a district with its communes', () => {
    const units = pickableUnits([province]);
    expect(units.map((u) => u.id)).toEqual(['snv', 'stnmt', 'vpdkdd', 'cn-ts', 'ts', 'bt', 'tg']);
    const district = units.find((u) => u.id === 'ts');
    expect(district?.communes).toEqual([
      { id: 'bt', name: 'Ủy ban nhân dân xã Bình Tường' },
      { id: 'tg', name: 'Ủy ban nhân dân xã Tây Giang' },
    ]);
    expect(district?.depth).toBe(0);
    expect(units.find((u) => u.id === 'cn-ts')).toMatchObject({
      depth: 2,
      parentName: 'Văn phòng Đăng ký đất đai',
    });
    expect(units.find((u) => u.id === 'snv')?.parentName).toBeNull();
  });

  it('indents a unit by its depth', () => {
    const units = pickableUnits([province]);
    const branch = units.find((u) => u.id === 'cn-ts');
    if (!branch) throw new Error('no branch');
    expect(pickerLabel(branch)).toBe(
      '\u00a0\u00a0\u00a0\u00a0Chi nhánh Văn phòng Đăng ký đất đai huyện Tây Sơn',
    );
  });

  it('suggests the seed’s group and kind: district, central agency, department, land branch', () => {
    expect(suggestedTarget({ kind: 'district', name: 'UBND huyện' })).toEqual({
      group: 'district_comprehensive',
      kind: 'comprehensive',
    });
    expect(suggestedTarget({ kind: 'central_agency', name: 'Cục Thuế' }).group).toBe('central_agencies');
    expect(suggestedTarget({ kind: 'commune', name: 'UBND xã' }).group).toBe('provincial_agencies');
    expect(suggestedTarget({ kind: 'department', name: 'Sở Nội vụ' }).group).toBe('provincial_agencies');
    expect(
      suggestedTarget({ kind: 'other', name: 'Chi nhánh Văn phòng Đăng ký đất đai huyện Tây Sơn' }),
    ).toEqual({ group: 'land_registration_branches', kind: 'thematic' });
  });

  it('offers provincial bodies as member agencies, not districts, communes or land branches', () => {
    expect(agencyCandidates([province]).map((u) => u.id)).toEqual(['snv', 'stnmt', 'vpdkdd']);
  });

  it('offers a district’s own plan only the units under the district (V.3.c)', () => {
    expect(targetableUnits([province], { level: 'lower', ownerOrgUnitId: 'ts' }).map((u) => u.id)).toEqual([
      'bt',
      'tg',
    ]);
    expect(targetableUnits([province], { level: 'province', ownerOrgUnitId: 'snv' })).toHaveLength(7);
    expect(targetableUnits([province], { level: 'lower', ownerOrgUnitId: 'gone' })).toEqual([]);
  });

  it('offers a district’s own plan the district itself as a member agency', () => {
    const ids = memberAgencyCandidates([province], { level: 'lower', ownerOrgUnitId: 'ts' }).map((u) => u.id);
    expect(ids).toEqual(['ts', 'snv', 'stnmt', 'vpdkdd']);
    expect(
      memberAgencyCandidates([province], { level: 'province', ownerOrgUnitId: 'snv' }).map((u) => u.id),
    ).toEqual(['snv', 'stnmt', 'vpdkdd']);
  });
});

describe('kinds named as at the plan date', () => {
  it('calls a commune "Xã, phường, đặc khu" in a plan after 01/07/2025 and "Xã, phường, thị trấn" before', () => {
    const giaLai: OrgUnitNode = {
      id: 'gl',
      name: 'UBND tỉnh Gia Lai',
      kind: 'province',
      children: [{ id: 'qn', name: 'UBND phường Quy Nhơn', kind: 'commune', children: [] }],
    };
    expect(pickableUnits([giaLai], '2027-01-01')[0]?.kindLabel).toBe('Xã, phường, đặc khu');
    expect(pickableUnits([giaLai], '2024-06-01')[0]?.kindLabel).toBe('Xã, phường, thị trấn');
    expect(
      targetableUnits([giaLai], { level: 'province', ownerOrgUnitId: 'snv' }, '2027-01-01')[0]?.kindLabel,
    ).toBe('Xã, phường, đặc khu');
  });
});
