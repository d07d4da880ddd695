import { z } from './zod-vi.js';

/**
 * Text PostgreSQL cannot store or that no person typed: a NUL character (refused by text columns)
 * or half of a UTF-16 surrogate pair (refused inside JSON). Issue 18: both answered 500 before.
 */
export const UNSAFE_TEXT_MESSAGE =
  'Nội dung có ký tự không hợp lệ (ký tự rỗng U+0000 hoặc ký tự Unicode không trọn vẹn); hãy xóa ký tự đó rồi nhập lại.';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isSafeText = (s: string): boolean => !s.includes('\u0000') && !LONE_SURROGATE.test(s);

/** The one refinement every text field of kiemtra uses. */
export const safeString = (message?: string) =>
  z
    .string(message === undefined ? undefined : { error: message })
    .refine(isSafeText, { error: UNSAFE_TEXT_MESSAGE });

/**
 * The path of the first unsafe string anywhere in a parsed input (keys included), or null:
 * the API checks every procedure's input with it before the procedure's own schema runs.
 * @example findUnsafeText({ a: ['ok', 'x\u0000'] }) // 'a.1'
 */
export function findUnsafeText(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return isSafeText(value) ? null : path;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findUnsafeText(item, path ? `${path}.${i}` : String(i));
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      if (!isSafeText(key)) return path ? `${path}.${key}` : key;
      const found = findUnsafeText(item, path ? `${path}.${key}` : key);
      if (found !== null) return found;
    }
  }
  return null;
}
