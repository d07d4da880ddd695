import { describe, expect, it } from 'vitest';
import { TARGET_IMPORT_COLUMNS, type TargetImportColumn } from './target-import.js';
import { checkTargetImportHeader, targetImportColumnOf } from './target-import-header.js';

describe('targetImportColumnOf', () => {
  it('reads every heading of the template', () => {
    for (const [column, header] of Object.entries(TARGET_IMPORT_COLUMNS)) {
      expect(targetImportColumnOf(header)).toBe(column);
    }
  });

  it.each([
    ['Tên đơn vị', 'unitName'],
    ['  TÊN   ĐƠN VỊ ', 'unitName'],
    ['Cơ quan, đơn vị', 'unitName'],
    ['Mã', 'unitCode'],
    ['Xã, phường, thị trấn', 'subUnits'],
    ['Đoàn', 'teamName'],
    ['Nhóm', 'group'],
  ] as const)('reads "%s" as %s', (header, column) => {
    expect(targetImportColumnOf(header)).toBe(column);
  });

  it('reads a heading typed in decomposed Unicode (as some keyboards send it)', () => {
    expect(targetImportColumnOf('Tên đơn vị'.normalize('NFD'))).toBe('unitName');
  });

  it('leaves a column it does not read', () => {
    expect(targetImportColumnOf('Ghi chú')).toBeUndefined();
    expect(targetImportColumnOf('')).toBeUndefined();
  });
});

describe('checkTargetImportHeader', () => {
  const columns = (...c: TargetImportColumn[]) => new Set(c);

  it('accepts the unit by name or by code, with the kind and the group', () => {
    expect(checkTargetImportHeader(columns('unitName', 'kind', 'group'))).toBeNull();
    expect(checkTargetImportHeader(columns('unitCode', 'kind', 'group'))).toBeNull();
    expect(checkTargetImportHeader(columns('unitName', 'unitCode', 'kind', 'group', 'subUnits'))).toBeNull();
  });

  it('refuses once, naming every missing column', () => {
    const issue = checkTargetImportHeader(columns('unitName'));
    expect(issue?.code).toBe('header_missing');
    expect(issue?.field).toBe('fileBase64');
    expect(issue?.message).toContain('thiếu cột Loại kiểm tra, Nhóm đối tượng.');
  });

  it('asks for the unit when neither its name nor its code is there', () => {
    expect(checkTargetImportHeader(columns('kind', 'group'))?.message).toContain('thiếu cột Đơn vị.');
    expect(checkTargetImportHeader(columns())?.message).toContain(
      'thiếu cột Đơn vị, Loại kiểm tra, Nhóm đối tượng.',
    );
  });
});
