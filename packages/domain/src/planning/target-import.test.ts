import { describe, expect, it } from 'vitest';
import { isValidOn } from '../org/org-unit.js';
import {
  canSaveImport,
  type ImportOrgUnit,
  type TargetImportContext,
  validateTargetRows,
} from './target-import.js';
import { d, orgUnits, parentLinks } from './test-fixtures.js';

/** The catalogue as at 01/04/2024, as the API hands it over. */
const units: ImportOrgUnit[] = orgUnits
  .filter((u) => isValidOn(u, '2024-04-01'))
  .map((u) => ({
    id: u.id,
    name: u.name,
    kind: u.kind,
    code: u.id.toUpperCase(),
    parentId: parentLinks.find((l) => l.orgUnitId === u.id && isValidOn(l, '2024-04-01'))?.parentId ?? null,
  }));
const context: TargetImportContext = {
  asAt: d('2024-04-01'),
  units,
  teams: [
    { id: 'team-1', name: 'Đoàn kiểm tra số 1' },
    { id: 'team-2', name: 'Đoàn kiểm tra số 2' },
  ],
};
const district = {
  unitName: 'Huyện Tây Sơn',
  kind: 'Toàn diện',
  group: 'Khối Ủy ban nhân dân cấp huyện',
  subUnits: 'Xã Bình Tường; Xã Tây Giang',
  teamName: 'Đoàn kiểm tra số 1',
};
const errorsOf = (rows: Parameters<typeof validateTargetRows>[0]) =>
  validateTargetRows(rows, context).rows.flatMap((r) => (r.ok ? [] : r.errors.map((e) => e.message)));

describe('validateTargetRows', () => {
  it('resolves a district with its communes, the kind, the group and the team', () => {
    const result = validateTargetRows([{ rowNumber: 2, ...district }], context);
    expect(result.rows).toEqual([
      {
        rowNumber: 2,
        ok: true,
        target: {
          unitId: 'ts',
          unitName: 'Huyện Tây Sơn',
          kind: 'comprehensive',
          group: 'district_comprehensive',
          subUnits: [
            { id: 'bt', name: 'Xã Bình Tường' },
            { id: 'tg', name: 'Xã Tây Giang' },
          ],
          teamId: 'team-1',
        },
      },
    ]);
    expect(canSaveImport(result)).toBe(true);
  });

  it('returns every row’s verdict for a file mixing good and bad rows, and saves nothing', () => {
    const result = validateTargetRows(
      [
        { rowNumber: 2, ...district },
        { rowNumber: 3, unitName: 'Sở Công Thương', kind: 'comprehensive', group: 'provincial_agencies' },
        {
          rowNumber: 4,
          unitName: 'Huyện Tây Sơn ',
          kind: 'Toàn diện',
          group: 'Khối Ủy ban nhân dân cấp huyện',
          subUnits: 'Bình Thành, Tây An',
        },
        {
          rowNumber: 5,
          unitName: 'Huyện Tay Son',
          kind: 'Toàn diện',
          group: 'district_comprehensive',
          subUnits: 'Xã Bình Tường, Xã Tây Giang',
        },
        {
          rowNumber: 6,
          unitCode: 'HQ',
          kind: 'Chuyên đề',
          group: 'Khối cơ quan Trung ương trên địa bàn tỉnh',
          teamName: 'Đoàn số 9',
        },
      ],
      context,
    );
    expect(result.rows.map((r) => [r.rowNumber, r.ok])).toEqual([
      [2, true],
      [3, true],
      [4, false],
      [5, false],
      [6, false],
    ]);
    expect(result.rows.flatMap((r) => (r.ok ? [] : r.errors.map((e) => e.message)))).toEqual([
      'Dòng 4, cột Đơn vị: Huyện Tây Sơn đã có ở dòng 2 (đối tượng kiểm tra toàn diện); mỗi đơn vị chỉ ghi một lần.',
      "Dòng 5, cột Đơn vị: không tìm thấy đơn vị 'Huyện Tay Son' trong danh mục tại ngày 01/04/2024.",
      "Dòng 6, cột Đoàn kiểm tra: kế hoạch không có đoàn 'Đoàn số 9'; các đoàn của kế hoạch: Đoàn kiểm tra số 1; Đoàn kiểm tra số 2.",
    ]);
    expect(result.errorCount).toBe(3);
    expect(canSaveImport(result)).toBe(false);
  });

  it('matches names whatever their case, spacing and Unicode form, but not without diacritics', () => {
    const nfd = 'huyện   TÂY SƠN'.normalize('NFD');
    expect(nfd).not.toBe('huyện   TÂY SƠN');
    const r = validateTargetRows([{ rowNumber: 2, ...district, unitName: `  ${nfd} ` }], context);
    expect(r.rows[0]?.ok).toBe(true);
    expect(errorsOf([{ rowNumber: 2, ...district, unitName: 'Huyen Tay Son' }])).toEqual([
      "Dòng 2, cột Đơn vị: không tìm thấy đơn vị 'Huyen Tay Son' trong danh mục tại ngày 01/04/2024.",
    ]);
  });

  it('finds a commune of the district by its name without "Xã"', () => {
    const r = validateTargetRows([{ rowNumber: 2, ...district, subUnits: 'Bình Tường;tây giang' }], context);
    expect(r.rows[0]?.ok === true && r.rows[0].target.subUnits.map((s) => s.id)).toEqual(['bt', 'tg']);
  });

  it('finds a commune stored under its People’s Committee name from its short name', () => {
    const committee = {
      ...context,
      units: context.units.map((u) => (u.id === 'bt' ? { ...u, name: 'Ủy ban nhân dân xã Bình Tường' } : u)),
    };
    const r = validateTargetRows(
      [{ rowNumber: 2, ...district, subUnits: 'Xã Bình Tường; Xã Tây Giang' }],
      committee,
    );
    expect(r.rows[0]?.ok === true && r.rows[0].target.subUnits.map((s) => s.id)).toEqual(['bt', 'tg']);
  });

  it('refuses a district with 1 or 4 communes, and a commune of another district', () => {
    expect(errorsOf([{ rowNumber: 7, ...district, subUnits: 'Xã Bình Tường' }])).toEqual([
      'Dòng 7, cột Đơn vị cấp xã: Huyện Tây Sơn có 1 đơn vị cấp xã được chọn; kế hoạch cho phép từ 2 đến 3.',
    ]);
    expect(
      errorsOf([{ rowNumber: 7, ...district, subUnits: 'Bình Tường, Tây Giang, Bình Thành, Tây An' }]),
    ).toEqual([
      'Dòng 7, cột Đơn vị cấp xã: Huyện Tây Sơn có 4 đơn vị cấp xã được chọn; kế hoạch cho phép từ 2 đến 3.',
    ]);
    expect(errorsOf([{ rowNumber: 7, ...district, subUnits: 'Xã Bình Tường, Xã Cát Hanh' }])).toEqual([
      'Dòng 7, cột Đơn vị cấp xã: Xã Cát Hanh không thuộc Huyện Tây Sơn tại ngày 01/04/2024; hãy chọn đơn vị cấp xã của Huyện Tây Sơn.',
    ]);
  });

  it('names a commune it cannot find, without a second complaint about the count', () => {
    expect(errorsOf([{ rowNumber: 8, ...district, subUnits: 'Xã Bình Tường, Xã Không Có' }])).toEqual([
      "Dòng 8, cột Đơn vị cấp xã: không tìm thấy 'Xã Không Có' trong các đơn vị cấp xã của Huyện Tây Sơn tại ngày 01/04/2024.",
    ]);
  });

  it('refuses communes on a unit that is not a district', () => {
    expect(
      errorsOf([
        {
          rowNumber: 9,
          unitName: 'Sở Công Thương',
          kind: 'Toàn diện',
          group: 'Khối cơ quan thuộc tỉnh',
          subUnits: 'Xã Bình Tường',
        },
      ]),
    ).toEqual([
      'Dòng 9, cột Đơn vị cấp xã: Sở Công Thương không phải đơn vị cấp huyện nên không kèm đơn vị cấp xã; hãy bỏ 1 đơn vị cấp xã đã chọn hoặc chọn các xã đó làm đối tượng riêng.',
    ]);
  });

  it('asks for a unit, a kind and a group', () => {
    expect(errorsOf([{ rowNumber: 3 }])).toEqual([
      'Dòng 3, cột Đơn vị: hãy nhập tên hoặc mã đơn vị được kiểm tra.',
      'Dòng 3, cột Loại kiểm tra: hãy ghi loại kiểm tra: Toàn diện, Chuyên đề hoặc Đột xuất.',
      'Dòng 3, cột Nhóm đối tượng: hãy ghi nhóm đối tượng, một trong: Khối cơ quan thuộc tỉnh; Khối cơ quan Trung ương trên địa bàn tỉnh; Khối Ủy ban nhân dân cấp huyện; Kiểm tra chuyên đề công tác giải quyết thủ tục hành chính; Chi nhánh Văn phòng Đăng ký đất đai; Kiểm tra đột xuất.',
    ]);
  });

  it('refuses an unknown kind or group', () => {
    const errors = errorsOf([
      { rowNumber: 3, unitName: 'Sở Công Thương', kind: 'Thường xuyên', group: 'Khối sở' },
    ]);
    expect(errors[0]).toBe(
      "Dòng 3, cột Loại kiểm tra: 'Thường xuyên' không phải loại kiểm tra; hãy ghi Toàn diện, Chuyên đề hoặc Đột xuất.",
    );
    expect(errors[1]).toMatch(
      /^Dòng 3, cột Nhóm đối tượng: 'Khối sở' không phải nhóm đối tượng; hãy ghi một trong: Khối cơ quan thuộc tỉnh;/,
    );
  });

  it('accepts the full labels and the codes of kinds', () => {
    for (const kind of ['Kiểm tra toàn diện', 'comprehensive', 'TOÀN DIỆN']) {
      expect(errorsOf([{ rowNumber: 2, ...district, kind }])).toEqual([]);
    }
  });

  it('refuses a kind that the group contradicts, and a group the unit does not belong to', () => {
    expect(errorsOf([{ rowNumber: 4, ...district, kind: 'Chuyên đề' }])).toEqual([
      "Dòng 4, cột Loại kiểm tra: nhóm 'Khối Ủy ban nhân dân cấp huyện' không đi với loại 'Kiểm tra chuyên đề'; nhóm này là kiểm tra toàn diện.",
    ]);
    expect(
      errorsOf([
        { rowNumber: 4, unitName: 'Sở Công Thương', kind: 'Đột xuất', group: 'Khối cơ quan thuộc tỉnh' },
      ]),
    ).toEqual([
      "Dòng 4, cột Loại kiểm tra: nhóm 'Khối cơ quan thuộc tỉnh' không đi với loại 'Kiểm tra đột xuất'.",
    ]);
    expect(
      errorsOf([
        {
          rowNumber: 4,
          unitName: 'Sở Công Thương',
          kind: 'Toàn diện',
          group: 'Khối Ủy ban nhân dân cấp huyện',
        },
      ]),
    ).toEqual([
      "Dòng 4, cột Nhóm đối tượng: Sở Công Thương không phải đơn vị cấp huyện nên không thuộc nhóm 'Khối Ủy ban nhân dân cấp huyện'.",
    ]);
  });

  it('finds a unit by its code, even typed as a number, and refuses a code that names another unit', () => {
    const numbered: ImportOrgUnit[] = [
      ...units,
      { id: 'x', name: 'Sở Tư pháp', kind: 'department', code: '101', parentId: 'bd' },
    ];
    const r = validateTargetRows(
      [{ rowNumber: 2, unitCode: 101, kind: 'Toàn diện', group: 'Khối cơ quan thuộc tỉnh' }],
      { ...context, units: numbered },
    );
    expect(r.rows[0]?.ok === true && r.rows[0].target.unitId).toBe('x');
    expect(
      errorsOf([
        {
          rowNumber: 2,
          unitName: 'Sở Công Thương',
          unitCode: 'SNV',
          kind: 'Toàn diện',
          group: 'Khối cơ quan thuộc tỉnh',
        },
      ]),
    ).toEqual([
      "Dòng 2, cột Mã đơn vị: mã 'SNV' là của Sở Nội vụ, không phải 'Sở Công Thương'; hãy sửa tên hoặc mã cho khớp.",
    ]);
    expect(
      errorsOf([{ rowNumber: 2, unitCode: 'ZZZ', kind: 'Toàn diện', group: 'Khối cơ quan thuộc tỉnh' }]),
    ).toEqual([
      "Dòng 2, cột Mã đơn vị: không tìm thấy đơn vị có mã 'ZZZ' trong danh mục tại ngày 01/04/2024.",
    ]);
  });

  it('asks for the code when two units share a name', () => {
    const twins: ImportOrgUnit[] = [
      ...units,
      { id: 'sct2', name: 'Sở Công Thương', kind: 'department', code: 'SCT2', parentId: 'bd' },
    ];
    const r = validateTargetRows(
      [{ rowNumber: 2, unitName: 'Sở Công Thương', kind: 'Toàn diện', group: 'Khối cơ quan thuộc tỉnh' }],
      { ...context, units: twins },
    );
    expect(r.rows[0]?.ok === false && r.rows[0].errors[0]?.message).toBe(
      "Dòng 2, cột Đơn vị: có 2 đơn vị cùng tên 'Sở Công Thương' trong danh mục; hãy ghi mã đơn vị ở cột Mã đơn vị.",
    );
  });

  it('refuses a commune named in two rows', () => {
    expect(
      errorsOf([
        { rowNumber: 2, ...district },
        { rowNumber: 3, unitName: 'Xã Tây Giang', kind: 'Đột xuất', group: 'Kiểm tra đột xuất' },
      ]),
    ).toEqual([
      'Dòng 3, cột Đơn vị: Xã Tây Giang đã có ở dòng 2 (đơn vị cấp xã của Huyện Tây Sơn); mỗi đơn vị chỉ ghi một lần.',
    ]);
  });

  it('reports a cell of the wrong type with its column', () => {
    const r = validateTargetRows([{ rowNumber: 4, unitName: { text: 'x' } } as never], context);
    expect(r.rows[0]?.ok === false && r.rows[0].errors[0]?.message).toBe(
      'Dòng 4, cột Đơn vị: Ô phải chứa chữ hoặc số.',
    );
  });

  it('cannot save an empty file', () => {
    const r = validateTargetRows([], context);
    expect(r.fileIssues.map((i) => i.message)).toEqual([
      'Tệp không có dòng đối tượng nào; hãy kiểm tra lại tệp.',
    ]);
    expect(canSaveImport(r)).toBe(false);
  });
});
