import { randomUUID } from 'node:crypto';
import { idempotencyKeySchema } from '@kiemtra/domain';

/** The hidden field of a create form that carries its key. */
export const IDEMPOTENCY_FIELD = 'idempotencyKey';

/**
 * A fresh key for each render of a create form (issue 18): the page's load makes one, the form
 * sends it back, the action passes it to the API as `Idempotency-Key`. A submission sent again
 * (a double click, a retry after a timeout) then creates once; the next render gets a new key.
 */
export const newIdempotencyKey = (): string => randomUUID();

/** The key the form sent, or null when it sent none or not a well-formed one. */
export function idempotencyKeyOf(form: FormData): string | null {
  const parsed = idempotencyKeySchema.safeParse(form.get(IDEMPOTENCY_FIELD));
  return parsed.success ? parsed.data : null;
}
