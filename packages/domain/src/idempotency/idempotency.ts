import { z } from '../validation/zod-vi.js';

/** How long a create's first answer is kept for its retries (issue 18): a day, then swept. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

export const IDEMPOTENCY_KEY_MESSAGE =
  'Khoá chống gửi trùng (Idempotency-Key) phải có từ 8 đến 128 ký tự, chỉ gồm chữ cái không dấu, chữ số và các dấu - _ . :';

/** The `Idempotency-Key` a client sends with a create: a UUID or any token of 8–128 safe characters. */
export const idempotencyKeySchema = z
  .string({ error: IDEMPOTENCY_KEY_MESSAGE })
  .regex(/^[A-Za-z0-9_.:-]{8,128}$/, { error: IDEMPOTENCY_KEY_MESSAGE });

export const IDEMPOTENCY_MISMATCH_MESSAGE =
  'Khoá chống gửi trùng này đã được dùng cho một yêu cầu khác với nội dung khác; không có thay đổi nào được lưu. Hãy tải lại trang rồi gửi lại.';

/**
 * What a create does with a key already stored: answer the stored result (the same input: a
 * retry), refuse (another input under the same key), or run as new (the stored one expired).
 * @example idempotentReplay({ storedHash: 'a', storedAt, inputHash: 'a', now }) // 'replay'
 */
export function idempotentReplay(args: {
  storedHash: string;
  storedAt: Date;
  inputHash: string;
  now: Date;
}): 'replay' | 'mismatch' | 'expired' {
  if (args.now.getTime() - args.storedAt.getTime() >= IDEMPOTENCY_KEY_TTL_MS) return 'expired';
  return args.storedHash === args.inputHash ? 'replay' : 'mismatch';
}

/** The instant before which stored keys are swept. */
export const idempotencyKeysExpireBefore = (now: Date): Date =>
  new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS);
