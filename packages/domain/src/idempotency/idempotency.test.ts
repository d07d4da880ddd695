import { describe, expect, it } from 'vitest';
import {
  IDEMPOTENCY_KEY_TTL_MS,
  idempotencyKeySchema,
  idempotencyKeysExpireBefore,
  idempotentReplay,
} from './idempotency.js';

const storedAt = new Date('2024-06-06T02:00:00Z');
const later = (ms: number) => new Date(storedAt.getTime() + ms);

describe('idempotentReplay', () => {
  it('replays the stored answer for the same input within a day', () => {
    expect(idempotentReplay({ storedHash: 'a', storedAt, inputHash: 'a', now: later(1000) })).toBe('replay');
  });
  it('refuses another input under the same key', () => {
    expect(idempotentReplay({ storedHash: 'a', storedAt, inputHash: 'b', now: later(1000) })).toBe(
      'mismatch',
    );
  });
  it('treats a key a day old as gone, whatever the input', () => {
    expect(
      idempotentReplay({ storedHash: 'a', storedAt, inputHash: 'b', now: later(IDEMPOTENCY_KEY_TTL_MS) }),
    ).toBe('expired');
    expect(
      idempotentReplay({ storedHash: 'a', storedAt, inputHash: 'a', now: later(IDEMPOTENCY_KEY_TTL_MS - 1) }),
    ).toBe('replay');
  });
  it('sweeps what is older than a day', () => {
    expect(idempotencyKeysExpireBefore(later(IDEMPOTENCY_KEY_TTL_MS))).toEqual(storedAt);
  });
});

describe('idempotencyKeySchema', () => {
  it('takes a UUID and tokens of 8–128 safe characters', () => {
    expect(idempotencyKeySchema.safeParse('3f1c6a0e-8a57-4d7e-9a4b-2b7f0c1d9e21').success).toBe(true);
    expect(idempotencyKeySchema.safeParse('a'.repeat(128)).success).toBe(true);
  });
  it('refuses a short, long or odd key with the limits in Vietnamese', () => {
    for (const bad of ['short', 'a'.repeat(129), 'khoá-có-dấu-123', 'a b c d e f g h']) {
      const r = idempotencyKeySchema.safeParse(bad);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toContain('từ 8 đến 128 ký tự');
    }
  });
});
