import { COMMON_PASSWORDS_TEXT } from './common-passwords.data.js';

let common: ReadonlySet<string> | null = null;

/** The list is split once, on first use, so that a bundle that never checks a password never pays for it. */
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(COMMON_PASSWORDS_TEXT.split('\n'));
  return common;
}

/** How many passwords the list holds. */
export const commonPasswordCount = (): number => commonPasswords().size;

/**
 * Whether a password is one of the most common, or one of them with only digits and signs around it
 * ("Sunshine2024!!" is "sunshine" dressed up): case does not matter.
 * @example isCommonPassword('Password123456') // true
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const list = commonPasswords();
  if (list.has(lower)) return true;
  const core = lower.replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}]+$/u, '');
  return core.length >= 4 && core !== lower && list.has(core);
}
