import { describe, expect, it } from 'vitest';
import type { SuccessionUnit, UnitSuccession } from '../org/unit-successions.js';
import type { PlanTarget } from './plan-model.js';
import { mapTargetsToSuccessors, mapUnitToSuccessors } from './target-successor-mapping.js';
import { checkTargetsExistOn } from './targets-exist-check.js';

const unit = (
  id: string,
  name: string,
  validFrom: string,
  validTo: string | null = null,
): SuccessionUnit => ({
  id,
  name,
  validFrom,
  validTo,
});
const link = (predecessorId: string, successorId: string): UnitSuccession => ({
  predecessorId,
  successorId,
  effectiveFrom: '2025-07-01',
  basis: null,
});
const OLD = '2025-06-30';
const UNITS = [
  unit('so-nv', 'Sở Nội vụ', '2020-01-01'),
  unit('tay-son', 'UBND huyện Tây Sơn', '2020-01-01', OLD),
  unit('tuy-phuoc', 'UBND huyện Tuy Phước', '2020-01-01', OLD),
  unit('an-lao', 'UBND huyện An Lão', '2020-01-01', OLD),
  unit('phu-cat', 'UBND huyện Phù Cát', '2020-01-01', OLD),
  unit('xa-a', 'UBND xã A', '2020-01-01', OLD),
  unit('xa-b', 'UBND xã B', '2020-01-01'),
  unit('xa-tay-son', 'UBND xã Tây Sơn', '2025-07-01'),
  unit('xa-binh-khe', 'UBND xã Bình Khê', '2025-07-01'),
  unit('xa-tuy-phuoc', 'UBND xã Tuy Phước', '2025-07-01'),
  unit('xa-moi-2028', 'UBND xã Mới', '2028-01-01'),
];
const REGISTER = {
  units: UNITS,
  successions: [
    link('tay-son', 'xa-tay-son'),
    link('tay-son', 'xa-binh-khe'),
    link('tuy-phuoc', 'xa-tuy-phuoc'),
    link('phu-cat', 'xa-tuy-phuoc'),
    link('xa-a', 'xa-b'),
  ],
};
const DATE = '2027-04-01';
const target = (unitId: string, unitName: string, subUnits: PlanTarget['subUnits'] = []): PlanTarget => ({
  unitId,
  unitName,
  kind: 'comprehensive',
  group: 'district_comprehensive',
  subUnits,
  teamId: 'team-2024',
});

describe('mapUnitToSuccessors', () => {
  it('keeps a unit that still exists', () => {
    expect(mapUnitToSuccessors({ unitId: 'so-nv', unitName: 'Sở Nội vụ' }, DATE, REGISTER)).toMatchObject({
      status: 'kept',
      reason: 'Đơn vị vẫn tồn tại tại ngày 01/04/2027.',
    });
  });
  it('maps a ceased unit to its one successor, in Vietnamese', () => {
    expect(mapUnitToSuccessors(target('tuy-phuoc', 'UBND huyện Tuy Phước'), DATE, REGISTER)).toEqual({
      unitId: 'tuy-phuoc',
      unitName: 'UBND huyện Tuy Phước',
      ofTargetUnitId: null,
      status: 'mapped',
      successors: [{ id: 'xa-tuy-phuoc', name: 'UBND xã Tuy Phước' }],
      reason: 'Đơn vị không còn tồn tại từ ngày 01/07/2025; thay bằng đơn vị kế thừa UBND xã Tuy Phước.',
    });
  });
  it('asks for a choice when the unit was split', () => {
    const m = mapUnitToSuccessors(target('tay-son', 'UBND huyện Tây Sơn'), DATE, REGISTER);
    expect(m.status).toBe('choose');
    expect(m.successors.map((s) => s.id)).toEqual(['xa-tay-son', 'xa-binh-khe']);
    expect(m.reason).toContain('nhiệm vụ được chia cho 2 đơn vị (UBND xã Tây Sơn, UBND xã Bình Khê)');
  });
  it('flags a ceased unit with no successor', () => {
    expect(mapUnitToSuccessors(target('an-lao', 'UBND huyện An Lão'), DATE, REGISTER)).toMatchObject({
      status: 'flagged',
      successors: [],
      reason:
        'Đơn vị không còn tồn tại từ ngày 01/07/2025 và không có đơn vị kế thừa tại ngày 01/04/2027; hãy bỏ hoặc chọn đối tượng khác.',
    });
  });
  it('flags a unit not yet existing and an unknown one', () => {
    expect(
      mapUnitToSuccessors({ unitId: 'xa-moi-2028', unitName: 'UBND xã Mới' }, DATE, REGISTER).status,
    ).toBe('flagged');
    expect(mapUnitToSuccessors({ unitId: 'khac', unitName: 'Khác' }, DATE, REGISTER).status).toBe('flagged');
  });
  it('reads the successor only once the change is in effect', () => {
    expect(mapUnitToSuccessors(target('tuy-phuoc', 'x'), '2025-06-30', REGISTER).status).toBe('kept');
  });
  it('uses the name the successor bears on the date', () => {
    const m = mapUnitToSuccessors(target('tuy-phuoc', 'x'), DATE, {
      ...REGISTER,
      nameOf: (id, date) => `${id} @ ${date}`,
    });
    expect(m.successors).toEqual([{ id: 'xa-tuy-phuoc', name: 'xa-tuy-phuoc @ 2027-04-01' }]);
  });
});

describe('mapTargetsToSuccessors', () => {
  const TARGETS = [
    target('so-nv', 'Sở Nội vụ'),
    target('tuy-phuoc', 'UBND huyện Tuy Phước', [{ id: 'xa-a', name: 'UBND xã A' }]),
    target('phu-cat', 'UBND huyện Phù Cát'),
    target('tay-son', 'UBND huyện Tây Sơn'),
    target('an-lao', 'UBND huyện An Lão'),
  ];
  const { targets, mapping } = mapTargetsToSuccessors(TARGETS, DATE, REGISTER);

  it('keeps existing targets and replaces mapped ones, teams cleared', () => {
    expect(targets.map((t) => [t.unitId, t.unitName, t.teamId])).toEqual([
      ['so-nv', 'Sở Nội vụ', null],
      ['xa-tuy-phuoc', 'UBND xã Tuy Phước', null],
    ]);
  });
  it('leaves splits and units with no successor out, and lists every unit for review', () => {
    expect(mapping.map((m) => [m.unitId, m.status, m.ofTargetUnitId])).toEqual([
      ['so-nv', 'kept', null],
      ['tuy-phuoc', 'mapped', null],
      ['xa-a', 'flagged', 'tuy-phuoc'],
      ['phu-cat', 'mapped', null],
      ['tay-son', 'choose', null],
      ['an-lao', 'flagged', null],
    ]);
  });
  it('merges two predecessors that lead to the same successor into one target', () => {
    expect(mapping[3]?.reason).toContain('UBND xã Tuy Phước đã là đối tượng của kế hoạch: gộp làm một.');
  });
  it('asks again for the communes of a target that moved to its successor', () => {
    expect(targets[1]?.subUnits).toEqual([]);
    expect(mapping[2]?.reason).toBe(
      'UBND huyện Tuy Phước đã chuyển sang UBND xã Tuy Phước: hãy chọn lại đơn vị cấp xã được kiểm tra.',
    );
  });
  it('maps the communes of a kept target, dropping those with no successor', () => {
    const r = mapTargetsToSuccessors(
      [
        target('so-nv', 'Sở Nội vụ', [
          { id: 'xa-a', name: 'UBND xã A' },
          { id: 'xa-b', name: 'UBND xã B' },
          { id: 'an-lao', name: 'UBND huyện An Lão' },
        ]),
      ],
      DATE,
      REGISTER,
    );
    expect(r.targets[0]?.subUnits).toEqual([{ id: 'xa-b', name: 'UBND xã B' }]);
    expect(r.mapping.map((m) => [m.unitId, m.status])).toEqual([
      ['so-nv', 'kept'],
      ['xa-a', 'mapped'],
      ['an-lao', 'flagged'],
    ]);
  });
});

describe('checkTargetsExistOn', () => {
  it('accepts targets and communes existing on the date', () => {
    expect(
      checkTargetsExistOn([target('so-nv', 'Sở Nội vụ', [{ id: 'xa-b', name: 'B' }])], DATE, UNITS),
    ).toEqual({
      ok: true,
    });
  });
  it('refuses a ceased target and a ceased commune, naming them, on their field', () => {
    const r = checkTargetsExistOn(
      [
        target('so-nv', 'Sở Nội vụ'),
        target('an-lao', 'UBND huyện An Lão', [{ id: 'xa-a', name: 'UBND xã A' }]),
      ],
      DATE,
      UNITS,
    );
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          code: 'target_not_existing_on_date',
          message:
            'UBND huyện An Lão không tồn tại tại ngày 01/04/2027 của kế hoạch; hãy thay bằng đơn vị kế thừa hoặc bỏ đối tượng này trước khi ban hành.',
          field: 'targets.1.orgUnitId',
          unitIds: ['an-lao'],
        },
        {
          code: 'sub_unit_not_existing_on_date',
          message:
            'UBND xã A (thuộc đối tượng UBND huyện An Lão) không tồn tại tại ngày 01/04/2027 của kế hoạch; hãy chọn lại đơn vị cấp xã trước khi ban hành.',
          field: 'targets.1.subUnitIds',
          unitIds: ['xa-a'],
        },
      ],
    });
  });
});
