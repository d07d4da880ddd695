import { describe, expect, it } from 'vitest';
import {
  type AccountImportRow,
  accountImportColumnOf,
  canSaveAccountImport,
  checkAccountImportHeader,
  validateAccountRows,
} from './account-import.js';

const units = [
  { id: 'sct', name: 'Sở Công Thương', codes: ['000.00.15.H08'] },
  { id: 'x1', name: 'Ủy ban nhân dân xã Bình Tường', codes: [] },
  { id: 'x2', name: 'Ủy ban nhân dân xã An Hòa', codes: ['000.00.41.H08'] },
  { id: 'x3', name: 'Ủy ban nhân dân xã An Hòa', codes: ['000.00.42.H08'] },
];
const row = (rowNumber: number, cells: Partial<AccountImportRow>): AccountImportRow => ({
  rowNumber,
  fullName: 'Lê Văn Sang',
  username: `canbo${rowNumber}`,
  unit: 'Sở Công Thương',
  ...cells,
});

describe('the header of the focal officers list', () => {
  it('reads the template’s headings and others, in any case', () => {
    expect(accountImportColumnOf('HỌ VÀ TÊN')).toBe('fullName');
    expect(accountImportColumnOf('Email')).toBe('email');
    expect(accountImportColumnOf('Ghi chú')).toBeUndefined();
  });

  it('refuses a file without the name, username or unit columns, naming them', () => {
    expect(checkAccountImportHeader(new Set(['fullName', 'email']))?.message).toContain(
      'thiếu cột Tên đăng nhập, Đơn vị',
    );
    expect(checkAccountImportHeader(new Set(['fullName', 'username', 'unit']))).toBeNull();
  });
});

describe('the rows of the focal officers list', () => {
  it('makes each valid row an account of its unit, found by name or electronic identifier', () => {
    const result = validateAccountRows(
      [row(2, { unit: 'sở công thương' }), row(3, { unit: '000.00.41.h08', email: 'a@x.vn' })],
      units,
      new Set(),
    );
    expect(canSaveAccountImport(result)).toBe(true);
    expect(result.rows.map((r) => r.account?.unitId)).toEqual(['sct', 'x2']);
    expect(result.rows[1]?.account?.email).toBe('a@x.vn');
  });

  it('gives every row its own errors, naming the row and the column', () => {
    const result = validateAccountRows(
      [
        row(2, { username: 'quantri' }),
        row(3, { username: 'moi', unit: 'Sở Không Có' }),
        row(4, { username: 'moi' }),
        row(5, { fullName: '', username: 'Lê Văn', email: 'sai' }),
        row(6, { unit: 'Ủy ban nhân dân xã An Hòa' }),
        row(7, { unit: '' }),
      ],
      units,
      new Set(['quantri']),
    );
    const codes = result.rows.map((r) => r.errors.map((e) => e.code));
    expect(codes).toEqual([
      ['username_taken'],
      ['unit_not_found'],
      ['duplicate_in_file'],
      ['field_invalid', 'field_invalid', 'field_invalid'],
      ['unit_ambiguous'],
      ['unit_missing'],
    ]);
    expect(result.rows[2]?.errors[0]?.message).toBe(
      'Dòng 4, cột Tên đăng nhập: tên đăng nhập moi đã có ở dòng 3.',
    );
    expect(result.rows[3]?.errors[0]?.message).toBe('Dòng 5, cột Họ và tên: hãy nhập họ và tên.');
    expect(result.errorCount).toBe(8);
    expect(canSaveAccountImport(result)).toBe(false);
  });

  it('saves nothing from an empty list', () => {
    expect(canSaveAccountImport(validateAccountRows([], units, new Set()))).toBe(false);
  });
});
