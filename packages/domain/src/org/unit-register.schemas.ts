import { isoDateStringSchema } from '../calendar/date-input.js';
import { idSchema, isoDateSchema, workbookFileSchema } from '../validation/common.js';
import { z } from '../validation/zod-vi.js';
import { normalizeOfficialCode } from './official-codes.js';
import { ORG_UNIT_KINDS } from './org-unit.js';
import { COMMUNE_TYPES } from './unit-kinds.js';

/** The kinds of act a change of the register rests on. */
export const LEGAL_BASIS_KINDS = ['resolution', 'decision', 'decree', 'other'] as const;
export type LegalBasisKind = (typeof LEGAL_BASIS_KINDS)[number];
export const LEGAL_BASIS_KIND_LABELS: Record<LegalBasisKind, string> = {
  resolution: 'Nghị quyết',
  decision: 'Quyết định',
  decree: 'Nghị định',
  other: 'Văn bản khác',
};

const text = (what: string, max: number) =>
  z
    .string({ error: `${what} phải là chuỗi ký tự.` })
    .max(max, { error: `${what} dài tối đa ${max} ký tự.` })
    .transform((s) => s.normalize('NFC').trim().replace(/\s+/gu, ' '))
    .pipe(
      z
        .string()
        .min(1, { error: `Hãy nhập ${what.toLowerCase()}.` })
        .max(max, { error: `${what} dài tối đa ${max} ký tự.` }),
    );

const optionalText = (what: string, max: number) =>
  z
    .string({ error: `${what} phải là chuỗi ký tự.` })
    .max(max, { error: `${what} dài tối đa ${max} ký tự.` })
    .nullish()
    .transform((s) => {
      const t = (s ?? '').normalize('NFC').trim().replace(/\s+/gu, ' ');
      return t === '' ? null : t;
    });

/** An official code as typed: blank means none; spaces trimmed and letters in capitals. */
const officialCode = z
  .string({ error: 'Mã phải là chuỗi ký tự.' })
  .max(40, { error: 'Mã dài tối đa 40 ký tự.' })
  .nullish()
  .transform((s) => {
    const t = normalizeOfficialCode(s ?? '');
    return t === '' ? null : t;
  });

/**
 * The act a change rests on: its kind, number and symbol (e.g. 1664/NQ-UBTVQH15), date and issuer.
 * @example legalBasisSchema.parse({ kind: 'resolution', number: '1664/NQ-UBTVQH15', date: '2025-06-16', issuer: 'Ủy ban Thường vụ Quốc hội' })
 */
export const legalBasisSchema = z.object({
  kind: z.enum(LEGAL_BASIS_KINDS, {
    error: 'Hãy chọn loại văn bản: Nghị quyết, Quyết định, Nghị định hoặc văn bản khác.',
  }),
  number: z
    .string({ error: 'Số, ký hiệu văn bản phải là chuỗi ký tự.' })
    .max(60, { error: 'Số, ký hiệu văn bản dài tối đa 60 ký tự.' })
    .transform((s) => s.normalize('NFC').trim().replace(/\s+/gu, ''))
    .pipe(
      z
        .string()
        .min(1, { error: 'Hãy nhập số, ký hiệu văn bản (ví dụ 1664/NQ-UBTVQH15).' })
        .max(60, { error: 'Số, ký hiệu văn bản dài tối đa 60 ký tự.' })
        .regex(/^\d{1,6}\/[\p{L}\d/.&-]+$/u, {
          error: 'Số, ký hiệu văn bản có dạng số/ký hiệu, ví dụ 1664/NQ-UBTVQH15 hoặc 125/QĐ-UBND.',
        }),
    ),
  /** As stored (yyyy-mm-dd) or as typed (16/06/2025). */
  date: isoDateStringSchema,
  issuer: optionalText('Cơ quan ban hành', 300),
});
export type LegalBasis = z.output<typeof legalBasisSchema>;
export type LegalBasisInput = z.input<typeof legalBasisSchema>;

/** The first day the change holds, as stored or as typed (01/07/2025). */
const effectiveFrom = isoDateStringSchema;
const expectedVersion = z
  .number({ error: 'Thiếu số phiên bản của đơn vị.' })
  .int({ error: 'Số phiên bản phải là số nguyên.' })
  .min(1, { error: 'Số phiên bản phải từ 1 trở lên.' })
  .max(2_147_483_647, { error: 'Số phiên bản không hợp lệ; hãy tải lại trang rồi sửa lại.' });

/** A new unit of the register; `requestId` makes a retried create return the unit already made. */
export const orgUnitCreateInput = z.object({
  requestId: z.uuid({ error: 'Thiếu mã yêu cầu (UUID) để chống tạo trùng.' }),
  name: text('Tên đơn vị', 300),
  shortName: optionalText('Tên viết tắt', 100),
  kind: z.enum(ORG_UNIT_KINDS, { error: 'Hãy chọn loại đơn vị.' }),
  communeType: z
    .enum(COMMUNE_TYPES, { error: 'Loại đơn vị cấp xã không hợp lệ.' })
    .nullish()
    .transform((v) => v ?? null),
  adminCode: officialCode,
  electronicId: officialCode,
  parentId: idSchema.nullish().transform((v) => v ?? null),
  effectiveFrom,
  basis: legalBasisSchema,
});
export type OrgUnitCreateInput = z.input<typeof orgUnitCreateInput>;

export const orgUnitRenameInput = z.object({
  unitId: idSchema,
  expectedVersion,
  name: text('Tên mới', 300),
  shortName: optionalText('Tên viết tắt', 100),
  effectiveFrom,
  basis: legalBasisSchema,
});

export const orgUnitReparentInput = z.object({
  unitId: idSchema,
  expectedVersion,
  parentId: idSchema,
  effectiveFrom,
  basis: legalBasisSchema,
});

/** The units that take over a ceasing unit's work (checked against the register by checkSuccessors). */
const successorIds = z
  .array(idSchema, { error: 'Danh sách đơn vị kế thừa không hợp lệ.' })
  .max(30, { error: 'Một đơn vị có tối đa 30 đơn vị kế thừa.' })
  .optional()
  .transform((ids) => ids ?? []);

/** Closing a unit: `effectiveFrom` is the first day it no longer exists; its successors take over that day. */
export const orgUnitCloseInput = z.object({
  unitId: idSchema,
  expectedVersion,
  effectiveFrom,
  basis: legalBasisSchema,
  successorIds,
});

/** Naming the successors of a unit that already ceased (recorded before successors were kept): from the day after its last day. */
export const orgUnitSuccessorsInput = z.object({
  unitId: idSchema,
  expectedVersion,
  basis: legalBasisSchema,
  successorIds: z
    .array(idSchema, { error: 'Danh sách đơn vị kế thừa không hợp lệ.' })
    .min(1, { error: 'Hãy chọn ít nhất một đơn vị kế thừa.' })
    .max(30, { error: 'Một đơn vị có tối đa 30 đơn vị kế thừa.' }),
});

/** The official codes of a unit, corrected (they are the unit's identity, not a change over time). */
export const orgUnitCodesInput = z.object({
  unitId: idSchema,
  expectedVersion,
  adminCode: officialCode,
  electronicId: officialCode,
});

export const orgUnitDetailInput = z.object({ unitId: idSchema, asAt: isoDateSchema });
export const orgUnitRegisterInput = z.object({ asAt: isoDateSchema });

/** A register workbook of a province with its schools and health stations stays well under this. */
export const REGISTER_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const registerImportInput = z.object({
  fileBase64: workbookFileSchema('danh mục cơ quan, đơn vị', REGISTER_IMPORT_MAX_BYTES, '2 MB'),
});
