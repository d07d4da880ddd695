import { safeString } from './safe-text.js';
import { z } from './zod-vi.js';

export const signInInput = z.object({
  username: safeString('Hãy nhập tên đăng nhập.')
    .trim()
    .min(1, { error: 'Hãy nhập tên đăng nhập.' })
    .max(100, { error: 'Tên đăng nhập dài tối đa 100 ký tự.' }),
  password: safeString('Hãy nhập mật khẩu.')
    .min(1, { error: 'Hãy nhập mật khẩu.' })
    .max(200, { error: 'Mật khẩu dài tối đa 200 ký tự.' }),
});
export type SignInInput = z.infer<typeof signInInput>;

export const SIGN_IN_FAILED_MESSAGE = 'Tên đăng nhập hoặc mật khẩu không đúng.';
export const SIGN_IN_RATE_LIMITED_MESSAGE =
  'Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.';

const passwordField = (missing: string) =>
  safeString(missing).min(1, { error: missing }).max(200, { error: 'Mật khẩu dài tối đa 200 ký tự.' });

/**
 * A person changing their own password: the current one, and the new one twice. The policy itself
 * (length, username, common passwords) is checked by the use case, which knows the username.
 */
export const changeOwnPasswordInput = z
  .object({
    currentPassword: passwordField('Hãy nhập mật khẩu hiện tại.'),
    newPassword: passwordField('Hãy nhập mật khẩu mới.'),
    newPasswordRepeat: passwordField('Hãy nhập lại mật khẩu mới.'),
  })
  .refine((v) => v.newPasswordRepeat === '' || v.newPassword === v.newPasswordRepeat, {
    path: ['newPasswordRepeat'],
    error: 'Hai lần nhập mật khẩu mới không giống nhau.',
  })
  .refine((v) => v.newPassword === '' || v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    error: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
  });
export type ChangeOwnPasswordInput = z.infer<typeof changeOwnPasswordInput>;

export const WRONG_CURRENT_PASSWORD_MESSAGE = 'Mật khẩu hiện tại không đúng.';
/** The code the API answers every other procedure with while the person must change their password. */
export const PASSWORD_CHANGE_REQUIRED_MESSAGE =
  'Bạn cần đổi mật khẩu tạm thời trước khi tiếp tục sử dụng hệ thống.';
