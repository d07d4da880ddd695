import { ROLES } from '../access/roles.js';
import { idSchema, workbookFileSchema } from '../validation/common.js';
import { safeString } from '../validation/safe-text.js';
import { z } from '../validation/zod-vi.js';
import { USERNAME_PATTERN, USERNAME_RULE_MESSAGE } from './account-rules.js';

const squeezed = (s: string) => s.normalize('NFC').trim().replace(/\s+/gu, ' ');

const fullName = safeString('Họ và tên phải là chuỗi ký tự.')
  .max(120, { error: 'Họ và tên dài tối đa 120 ký tự.' })
  .transform(squeezed)
  .pipe(
    z
      .string()
      .min(1, { error: 'Hãy nhập họ và tên.' })
      .max(120, { error: 'Họ và tên dài tối đa 120 ký tự.' }),
  );

/** Typed in any case, stored in lower case: sign-in compares it as stored. */
export const usernameSchema = safeString('Tên đăng nhập phải là chuỗi ký tự.')
  .max(40, { error: 'Tên đăng nhập dài tối đa 40 ký tự.' })
  .transform((s) => s.normalize('NFC').trim().toLowerCase())
  .pipe(
    z
      .string()
      .min(1, { error: 'Hãy nhập tên đăng nhập.' })
      .regex(USERNAME_PATTERN, { error: USERNAME_RULE_MESSAGE }),
  );

const email = safeString('Thư điện tử phải là chuỗi ký tự.')
  .max(254, { error: 'Địa chỉ thư điện tử dài tối đa 254 ký tự.' })
  .nullish()
  .transform((s) => {
    const t = (s ?? '').trim().toLowerCase();
    return t === '' ? null : t;
  })
  .pipe(z.email({ error: 'Địa chỉ thư điện tử chưa đúng dạng, ví dụ ten@binhdinh.gov.vn.' }).nullable());

const position = safeString('Chức vụ phải là chuỗi ký tự.')
  .max(200, { error: 'Chức vụ dài tối đa 200 ký tự.' })
  .nullish()
  .transform((s) => {
    const t = squeezed(s ?? '');
    return t === '' ? null : t;
  });

const roles = z
  .array(z.enum(ROLES, { error: 'Vai trò không có trong danh sách vai trò của hệ thống.' }), {
    error: 'Hãy chọn vai trò.',
  })
  .max(ROLES.length, { error: `Một tài khoản có tối đa ${ROLES.length} vai trò.` })
  .transform((rs) => [...new Set(rs)]);

const accountId = z.uuid({ error: 'Mã tài khoản không hợp lệ.' });
const expectedVersion = z
  .number({ error: 'Thiếu số phiên bản của tài khoản.' })
  .int({ error: 'Số phiên bản phải là số nguyên.' })
  .min(1, { error: 'Số phiên bản phải từ 1 trở lên.' })
  .max(2_147_483_647, { error: 'Số phiên bản không hợp lệ; hãy tải lại trang rồi sửa lại.' });

/** What a system administrator writes about a person; the username is set once, at creation. */
const accountFields = {
  fullName,
  email,
  position,
  orgUnitId: z.uuid({ error: 'Hãy chọn đơn vị công tác.' }),
  roles,
  actingUnitId: idSchema.nullish().transform((v) => v ?? null),
};

export const accountCreateInput = z.object({ username: usernameSchema, ...accountFields });
export type AccountCreateInput = z.input<typeof accountCreateInput>;
export type AccountFields = z.output<typeof accountCreateInput>;

export const accountUpdateInput = z.object({ accountId, expectedVersion, ...accountFields });
export type AccountUpdateInput = z.input<typeof accountUpdateInput>;

export const accountByIdInput = z.object({ accountId });
export const accountVersionInput = z.object({ accountId, expectedVersion });

/** Every account of a ceased unit (working there or acting for it) moved to one of its successors. */
export const accountsMoveInput = z.object({ fromUnitId: idSchema, toUnitId: idSchema });

export const accountDeactivateInput = z.object({
  accountId,
  expectedVersion,
  reason: safeString('Lý do phải là chuỗi ký tự.')
    .max(500, { error: 'Lý do dài tối đa 500 ký tự.' })
    .nullish()
    .transform((s) => {
      const t = squeezed(s ?? '');
      return t === '' ? null : t;
    }),
});

export const ACCOUNT_STATUS_FILTERS = ['all', 'active', 'inactive'] as const;
export const ACCOUNT_PAGE_SIZE = 25;

/** The accounts page: filters as in its URL, one page at a time. */
export const accountListInput = z.object({
  q: safeString('Từ khóa phải là chuỗi ký tự.')
    .max(100, { error: 'Từ khóa tìm kiếm dài tối đa 100 ký tự.' })
    .nullish()
    .transform((s) => {
      const t = squeezed(s ?? '');
      return t === '' ? null : t;
    }),
  unitId: idSchema.nullish().transform((v) => v ?? null),
  role: z
    .enum(ROLES, { error: 'Vai trò không có trong danh sách vai trò của hệ thống.' })
    .nullish()
    .transform((v) => v ?? null),
  status: z.enum(ACCOUNT_STATUS_FILTERS, { error: 'Trạng thái không hợp lệ.' }).default('all'),
  page: z
    .number({ error: 'Số trang phải là số.' })
    .int({ error: 'Số trang phải là số nguyên.' })
    .min(1, { error: 'Số trang từ 1 trở lên.' })
    .max(10_000, { error: 'Số trang tối đa 10.000.' })
    .default(1),
});
export type AccountListInput = z.input<typeof accountListInput>;

/** A list of a province's focal officers, one a unit, stays far under this. */
export const ACCOUNT_IMPORT_MAX_BYTES = 1024 * 1024;
export const accountImportInput = z.object({
  fileBase64: workbookFileSchema('danh sách tài khoản', ACCOUNT_IMPORT_MAX_BYTES, '1 MB'),
});
