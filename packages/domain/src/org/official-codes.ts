import type { OrgUnitKind } from './org-unit.js';

/**
 * The administrative-unit code of the national list (Decision 124/2004/QĐ-TTg, kept by the 2025
 * list): 2 digits for a province, 3 for a district, 5 for a commune. A code is never reused for
 * another unit, even after the unit ceases.
 */
const ADMIN_CODE_LENGTH: Partial<Record<OrgUnitKind, number>> = { province: 2, district: 3, commune: 5 };

/** The kinds that carry an administrative-unit code; every agency of any kind may carry an electronic identifier. */
export const kindHasAdminCode = (kind: OrgUnitKind): boolean => ADMIN_CODE_LENGTH[kind] !== undefined;

export type OfficialCodeIssue = { field: 'adminCode' | 'electronicId'; message: string };

/**
 * Checks the administrative-unit code's shape for the unit's kind; null when it is right.
 * @example adminCodeIssue('commune', '21550') // null
 * @example adminCodeIssue('commune', '215')   // { field: 'adminCode', message: 'Mã đơn vị hành chính cấp xã gồm đúng 5 chữ số…' }
 */
export function adminCodeIssue(kind: OrgUnitKind, code: string): OfficialCodeIssue | null {
  const length = ADMIN_CODE_LENGTH[kind];
  const level = kind === 'province' ? 'cấp tỉnh' : kind === 'district' ? 'cấp huyện' : 'cấp xã';
  if (length === undefined) {
    return {
      field: 'adminCode',
      message: 'Chỉ tỉnh, huyện và xã có mã đơn vị hành chính; cơ quan, tổ chức dùng mã định danh điện tử.',
    };
  }
  if (!new RegExp(`^\\d{${length}}$`).test(code)) {
    return {
      field: 'adminCode',
      message: `Mã đơn vị hành chính ${level} gồm đúng ${length} chữ số theo danh mục đơn vị hành chính Việt Nam (ví dụ ${'0'.repeat(length - 1)}1).`,
    };
  }
  return null;
}

/**
 * The electronic identifier of an agency (mã định danh điện tử, Decision 20/2020/QĐ-TTg): 13
 * characters in four groups separated by dots, `AAA.BB.CC.DNN`, read from the right: DNN is the
 * level-1 body (G for a ministry or central body, H for a province, then 2 digits), CC the level-2
 * unit, BB the level-3 and AAA the level-4 unit, each group digits or capital letters, zeros where
 * the level is not used. A lower level is only used under a used higher one.
 * @example electronicIdIssue('000.00.00.H41') // null (the provincial People's Committee)
 * @example electronicIdIssue('000.00.12.H41') // null (a department of that province)
 */
export function electronicIdIssue(code: string): OfficialCodeIssue | null {
  const match = /^([0-9A-Z]{3})\.([0-9A-Z]{2})\.([0-9A-Z]{2})\.([GH]\d{2})$/.exec(code);
  if (match === null) {
    return {
      field: 'electronicId',
      message:
        'Mã định danh điện tử gồm 13 ký tự dạng 000.00.00.H00 (4 nhóm chữ số hoặc chữ in hoa, cách nhau bởi dấu chấm; nhóm cuối là G hoặc H và 2 chữ số), theo Quyết định 20/2020/QĐ-TTg.',
    };
  }
  const [, level4, level3, level2] = match as unknown as [string, string, string, string, string];
  const unused = (group: string) => /^0+$/.test(group);
  if ((unused(level2) && !unused(level3)) || (unused(level3) && !unused(level4))) {
    return {
      field: 'electronicId',
      message:
        'Mã định danh điện tử chưa đúng cấu trúc: một cấp dưới chỉ có mã khi cấp trên của nó có mã (ví dụ 000.00.12.H41, 000.05.12.H41).',
    };
  }
  return null;
}

/** Codes are compared as typed, without the spaces a spreadsheet adds and in capitals. */
export const normalizeOfficialCode = (code: string): string => code.normalize('NFC').trim().toUpperCase();
