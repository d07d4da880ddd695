import { isCommonPassword } from './common-passwords.js';
import { DEMO_PASSWORDS } from './demo-passwords.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
/** Fewer different characters than this ("aaaaaaaaaaaa", "abababababab") is no password. */
export const PASSWORD_MIN_DISTINCT = 5;

export type PasswordRule =
  | 'too_short'
  | 'too_long'
  | 'contains_username'
  | 'demo_password'
  | 'common_password'
  | 'too_few_distinct';

export const PASSWORD_RULE_MESSAGES: Record<PasswordRule, string> = {
  too_short: `Mật khẩu phải dài ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`,
  too_long: `Mật khẩu dài tối đa ${PASSWORD_MAX_LENGTH} ký tự.`,
  contains_username: 'Mật khẩu không được chứa tên đăng nhập.',
  demo_password: 'Mật khẩu không được là mật khẩu của bản trình diễn (đã công bố công khai).',
  common_password:
    'Mật khẩu này nằm trong danh sách các mật khẩu phổ biến, dễ bị đoán; hãy chọn mật khẩu khác.',
  too_few_distinct: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_DISTINCT} ký tự khác nhau.`,
};

/** What the policy names in the rules it lists for a person choosing a password. */
export const PASSWORD_POLICY_SUMMARY = [
  PASSWORD_RULE_MESSAGES.too_short,
  'Không chứa tên đăng nhập, không là mật khẩu của bản trình diễn, không nằm trong danh sách mật khẩu phổ biến.',
] as const;

export interface PasswordIssue {
  code: PasswordRule;
  message: string;
  field: string;
}

export type PasswordCheck = { ok: true } | { ok: false; issues: PasswordIssue[] };

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });
/** Characters as a person counts them ("ệ" written in one or three code points, an emoji flag: one each). */
const length = (s: string): number => [...graphemes.segment(s)].length;

/**
 * A password fit for a government system, or every rule it breaks (each with its Vietnamese
 * message, for the field named `field`). The username is the account's own, when it has one yet.
 * @example checkPasswordPolicy('kiemtra2024', { username: 'quantri' })
 * // { ok: false, issues: [{ code: 'too_short', … }, { code: 'demo_password', … }] }
 */
export function checkPasswordPolicy(
  password: string,
  context: { username: string | null; field?: string },
): PasswordCheck {
  const field = context.field ?? 'newPassword';
  const lower = password.normalize('NFC').toLowerCase();
  const broken: PasswordRule[] = [];
  const n = length(password);
  if (n < PASSWORD_MIN_LENGTH) broken.push('too_short');
  if (n > PASSWORD_MAX_LENGTH) broken.push('too_long');
  const username = context.username?.normalize('NFC').trim().toLowerCase() ?? '';
  // A short username ("an") may well sit inside a good password by chance; from 3 characters it is a hint.
  if (username.length >= 3 && lower.includes(username)) broken.push('contains_username');
  if (DEMO_PASSWORDS.some((demo) => lower.includes(demo.toLowerCase()))) broken.push('demo_password');
  else if (isCommonPassword(lower)) broken.push('common_password');
  if (new Set(lower).size < PASSWORD_MIN_DISTINCT) broken.push('too_few_distinct');
  if (broken.length === 0) return { ok: true };
  return {
    ok: false,
    issues: broken.map((code) => ({ code, message: PASSWORD_RULE_MESSAGES[code], field })),
  };
}
