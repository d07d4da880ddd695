import { describe, expect, it } from 'vitest';
import {
  canSaveRegisterImport,
  type RegisterImportRow,
  readImportDate,
  validateRegisterRows,
} from './register-import.js';
import { checkRegisterImportHeader, registerImportColumnOf } from './register-import-columns.js';
import type { RegisterHistory } from './unit-register.js';

const register: RegisterHistory = {
  units: [
    {
      id: 'bd',
      name: 'UBND tỉnh Bình Định',
      kind: 'province',
      validFrom: '1989-07-01',
      validTo: '2025-06-30',
      adminCode: '52',
      electronicId: null,
    },
    {
      id: 'ts',
      name: 'UBND huyện Tây Sơn',
      kind: 'district',
      validFrom: '1989-07-01',
      validTo: '2025-06-30',
      adminCode: null,
      electronicId: null,
    },
  ],
  links: [{ orgUnitId: 'ts', parentId: 'bd', validFrom: '1989-07-01', validTo: '2025-06-30' }],
  renames: [],
};

const basis = {
  basisNumber: '1664/NQ-UBTVQH15',
  basisDate: '16/06/2025',
  basisIssuer: 'Ủy ban Thường vụ Quốc hội',
};
const row = (rowNumber: number, cells: Partial<RegisterImportRow>): RegisterImportRow => ({
  rowNumber,
  effectiveFrom: '01/07/2025',
  ...basis,
  ...cells,
});
const province = row(2, { name: 'UBND tỉnh Gia Lai', kind: 'Tỉnh', adminCode: '64' });
const ward = row(3, {
  name: 'UBND phường Quy Nhơn',
  kind: 'Phường',
  adminCode: '21553',
  parent: 'UBND tỉnh Gia Lai',
});
const dept = row(4, { name: 'Sở Nội vụ', kind: 'Sở', electronicId: '000.00.12.H64', parent: '64' });
const codesOf = (result: ReturnType<typeof validateRegisterRows>, rowNumber: number) =>
  result.rows.find((r) => r.rowNumber === rowNumber)?.errors.map((e) => e.code);

describe('register import', () => {
  it('accepts a province, its ward and department, parents taken from rows above by name or code', () => {
    const result = validateRegisterRows([province, ward, dept], register);
    expect(result.errorCount).toBe(0);
    expect(canSaveRegisterImport(result)).toBe(true);
    const [p, w, d] = result.rows;
    expect(p?.unit).toMatchObject({
      kind: 'province',
      parent: null,
      basis: { kind: 'resolution', date: '2025-06-16' },
    });
    expect(w?.unit).toMatchObject({
      kind: 'commune',
      communeType: 'phuong',
      parent: { kind: 'row', rowNumber: 2 },
    });
    expect(d?.unit).toMatchObject({
      kind: 'department',
      parent: { kind: 'row', rowNumber: 2 },
      parentName: 'UBND tỉnh Gia Lai',
    });
  });

  it("finds a parent in the register as at the row's date", () => {
    const result = validateRegisterRows(
      [
        row(2, {
          name: 'UBND xã Bình Thành',
          kind: 'Xã',
          parent: 'UBND huyện Tây Sơn',
          effectiveFrom: '01/01/2024',
        }),
      ],
      register,
    );
    expect(result.rows[0]?.unit?.parent).toEqual({ kind: 'unit', unitId: 'ts' });
  });

  it('shows every row with its error: unknown parent, duplicate code, bad date, unknown kind', () => {
    const result = validateRegisterRows(
      [
        province,
        row(3, { name: 'UBND xã A', kind: 'Xã', parent: 'UBND tỉnh Kon Tum' }),
        row(4, { name: 'UBND xã B', kind: 'Xã', parent: 'UBND tỉnh Gia Lai', adminCode: '64000' }),
        row(5, { name: 'UBND xã C', kind: 'Xã', parent: 'UBND tỉnh Gia Lai', adminCode: '64000' }),
        row(6, { name: 'UBND xã D', kind: 'Xã', parent: 'UBND tỉnh Gia Lai', effectiveFrom: '31/02/2025' }),
        row(7, { name: 'UBND thôn E', kind: 'Thôn', parent: 'UBND tỉnh Gia Lai' }),
        row(8, { name: 'UBND tỉnh Bình Định mới', kind: 'Tỉnh', adminCode: '52' }),
      ],
      register,
    );
    expect(codesOf(result, 2)).toEqual([]);
    expect(codesOf(result, 3)).toEqual(['parent_not_found']);
    expect(codesOf(result, 4)).toEqual([]);
    expect(codesOf(result, 5)).toEqual(['duplicate_in_file']);
    expect(codesOf(result, 6)).toEqual(['date_invalid']);
    expect(codesOf(result, 7)).toEqual(['kind_unknown']);
    expect(codesOf(result, 8)).toEqual(['admin_code_duplicate']);
    expect(result.rows.find((r) => r.rowNumber === 3)?.errors[0]?.message).toBe(
      "Dòng 3, cột Đơn vị cấp trên: không tìm thấy đơn vị cấp trên 'UBND tỉnh Kon Tum' ở các dòng trên, cũng như trong danh mục tại ngày 01/07/2025.",
    );
    expect(result.rows.find((r) => r.rowNumber === 6)?.errors[0]?.field).toBe('effectiveFrom');
    expect(canSaveRegisterImport(result)).toBe(false);
  });

  it("refuses what the register's rules refuse: a thị trấn after the reform, a bad legal basis, a unit already there", () => {
    const result = validateRegisterRows(
      [
        province,
        row(3, { name: 'UBND thị trấn Phú Phong', kind: 'Thị trấn', parent: 'UBND tỉnh Gia Lai' }),
        row(4, {
          name: 'UBND xã F',
          kind: 'Xã',
          parent: 'UBND tỉnh Gia Lai',
          basisNumber: 'Nghị quyết 1664',
        }),
        row(5, { name: 'UBND xã G', kind: 'Xã', parent: 'UBND tỉnh Gia Lai' }),
        row(6, { name: 'UBND xã G', kind: 'Xã', parent: 'UBND tỉnh Gia Lai' }),
        row(7, { name: 'UBND xã H', kind: 'Xã', parent: 'UBND tỉnh Gia Lai', effectiveFrom: '' }),
      ],
      register,
    );
    expect(codesOf(result, 3)).toEqual(['commune_type_not_existing_on_date']);
    expect(codesOf(result, 4)).toEqual(['basis_invalid']);
    expect(codesOf(result, 6)).toEqual(['duplicate_in_file']);
    expect(codesOf(result, 7)).toEqual(['date_missing']);
  });

  it('names the row above whose error a child waits on', () => {
    const result = validateRegisterRows(
      [
        row(2, { name: 'UBND tỉnh Gia Lai', kind: 'Tỉnh', adminCode: '6' }),
        row(3, { name: 'UBND xã A', kind: 'Xã', parent: 'UBND tỉnh Gia Lai' }),
      ],
      register,
    );
    expect(codesOf(result, 2)).toEqual(['admin_code_invalid']);
    expect(codesOf(result, 3)).toEqual(['parent_row_invalid']);
  });

  it('saves nothing from a file without rows', () => {
    expect(canSaveRegisterImport(validateRegisterRows([], register))).toBe(false);
  });

  it('checks thousands of rows in one pass', () => {
    const many = [
      province,
      ...Array.from({ length: 2000 }, (_, i) =>
        row(i + 3, { name: `UBND xã Số ${i}`, kind: 'Xã', parent: 'UBND tỉnh Gia Lai' }),
      ),
    ];
    expect(validateRegisterRows(many, register).errorCount).toBe(0);
  });
});

describe('reading the file', () => {
  it('reads dates as typed or as Excel stores them, and nothing else', () => {
    expect(readImportDate('1/7/2025')).toBe('2025-07-01');
    expect(readImportDate('2025-07-01')).toBe('2025-07-01');
    expect(readImportDate('29/02/2025')).toBeNull();
    expect(readImportDate('hôm nay')).toBeNull();
  });

  it("knows the template's headings and others, and names the missing columns", () => {
    expect(registerImportColumnOf('TÊN ĐƠN VỊ')).toBe('name');
    expect(registerImportColumnOf('Mã ĐVHC')).toBe('adminCode');
    expect(checkRegisterImportHeader(new Set(['name', 'kind']))?.message).toContain(
      'thiếu cột Ngày hiệu lực, Số, ký hiệu văn bản, Ngày ban hành văn bản',
    );
    expect(
      checkRegisterImportHeader(new Set(['name', 'kind', 'effectiveFrom', 'basisNumber', 'basisDate'])),
    ).toBeNull();
  });
});

describe('register import against units already there', () => {
  it("takes the parent from a row above over a namesake of the register, and sees the namesake's code", () => {
    const withGiaLai: RegisterHistory = {
      ...register,
      units: [
        ...register.units,
        {
          id: 'gl',
          name: 'UBND tỉnh Gia Lai',
          kind: 'province',
          validFrom: '2025-07-01',
          validTo: null,
          adminCode: '64',
          electronicId: null,
        },
      ],
    };
    const result = validateRegisterRows([province, ward], withGiaLai);
    expect(codesOf(result, 2)).toEqual(['admin_code_duplicate']);
    expect(codesOf(result, 3)).toEqual(['parent_row_invalid']);
    const underRegistered = validateRegisterRows(
      [row(2, { name: 'UBND phường Quy Nhơn', kind: 'Phường', parent: 'UBND tỉnh Gia Lai' })],
      withGiaLai,
    );
    expect(underRegistered.rows[0]?.unit?.parent).toEqual({ kind: 'unit', unitId: 'gl' });
    const twice = validateRegisterRows(
      [row(2, { name: 'UBND phường Quy Nhơn', kind: 'Phường', parent: 'UBND tỉnh Gia Lai' })],
      {
        ...withGiaLai,
        units: [
          ...withGiaLai.units,
          {
            id: 'qn',
            name: 'UBND phường Quy Nhơn',
            kind: 'commune',
            validFrom: '2025-07-01',
            validTo: null,
            adminCode: null,
            electronicId: null,
          },
        ],
        links: [
          ...withGiaLai.links,
          { orgUnitId: 'qn', parentId: 'gl', validFrom: '2025-07-01', validTo: null },
        ],
      },
    );
    expect(codesOf(twice, 2)).toEqual(['unit_already_registered']);
  });
});
