import { API_SCOPES } from '../access/roles.js';
import { idSchema, isoDateSchema } from '../validation/common.js';
import { z } from '../validation/zod-vi.js';
import { MAX_ROTATION_GRACE_HOURS } from './api-tokens.js';

const text = (what: string, max: number) =>
  z
    .string({ error: `${what} phải là chuỗi ký tự.` })
    .max(max * 2, { error: `${what} dài tối đa ${max} ký tự.` })
    .transform((s) => s.normalize('NFC').trim().replace(/\s+/gu, ' '))
    .pipe(
      z
        .string()
        .min(1, { error: `Hãy nhập ${what.toLowerCase()}.` })
        .max(max, { error: `${what} dài tối đa ${max} ký tự.` }),
    );

const scopesSchema = z
  .array(z.enum(API_SCOPES, { error: 'Quyền truy cập không có trong danh sách.' }), {
    error: 'Hãy chọn quyền truy cập.',
  })
  .min(1, { error: 'Hãy chọn ít nhất một quyền truy cập.' })
  .max(API_SCOPES.length, { error: 'Quyền truy cập bị lặp.' })
  .transform((scopes) => API_SCOPES.filter((s) => scopes.includes(s)));

/** Blank means the token never expires. */
const expiresOnSchema = z
  .union([z.literal(''), z.null(), isoDateSchema])
  .optional()
  .transform((d) => (d ? d : null));

const systemFields = {
  name: text('Tên hệ thống', 200),
  ownerUnitId: z.uuid({ error: 'Hãy chọn đơn vị quản lý hệ thống.' }),
  contact: text('Người liên hệ', 300),
  scopes: scopesSchema,
};

/**
 * A provincial system that calls kiemtra: its name, the unit that runs it, whom to call about it,
 * and what it may do.
 * @example apiClientRegisterInput.parse({ name: 'Cổng dịch vụ công', ownerUnitId, contact: 'Nguyễn Văn A, 0256 3822 000', scopes: ['plans:read'] })
 */
export const apiClientRegisterInput = z.object(systemFields);
export type ApiClientRegisterInput = z.infer<typeof apiClientRegisterInput>;

export const apiClientUpdateInput = z.object({
  clientId: idSchema,
  expectedVersion: z.number({ error: 'Phiên bản không hợp lệ.' }).int().min(1).max(2_147_483_647),
  ...systemFields,
});
export type ApiClientUpdateInput = z.infer<typeof apiClientUpdateInput>;

export const apiClientByIdInput = z.object({ clientId: idSchema });

export const apiClientIssueTokenInput = z.object({ clientId: idSchema, expiresOn: expiresOnSchema });

export const apiClientRotateTokenInput = z.object({
  tokenId: idSchema,
  graceHours: z.coerce
    .number({ error: 'Hãy nhập thời gian chuyển tiếp (số giờ).' })
    .int({ error: 'Thời gian chuyển tiếp phải là số giờ nguyên.' })
    .min(0, { error: 'Thời gian chuyển tiếp không được âm.' })
    .max(MAX_ROTATION_GRACE_HOURS, {
      error: `Thời gian chuyển tiếp tối đa ${MAX_ROTATION_GRACE_HOURS} giờ (30 ngày).`,
    }),
  expiresOn: expiresOnSchema,
});

export const apiClientRevokeTokenInput = z.object({ tokenId: idSchema });
