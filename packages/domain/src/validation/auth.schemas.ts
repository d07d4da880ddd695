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
