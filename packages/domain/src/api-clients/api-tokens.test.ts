import { describe, expect, it } from 'vitest';
import {
  apiTokenAcceptedAt,
  apiTokenStateAt,
  expiryDateCheck,
  revocationCheck,
  rotationOutcome,
  tokenExpiryInstant,
  tokenLastDay,
  tokenUseWorthRecording,
} from './api-tokens.js';

const NOW = new Date('2026-12-07T03:00:00Z'); // 10:00 in Hà Nội
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);
const fresh = { expiresAt: null, retiresAt: null, revokedAt: null };

describe('the state of a token at an instant', () => {
  it('is in use with no limit set, and accepted', () => {
    expect(apiTokenStateAt(fresh, NOW)).toBe('active');
    expect(apiTokenAcceptedAt(fresh, NOW)).toBe(true);
  });

  it('is accepted through a rotation’s grace and refused from its end, the end itself included', () => {
    const replaced = { ...fresh, retiresAt: hours(24) };
    expect(apiTokenStateAt(replaced, hours(23.99))).toBe('retiring');
    expect(apiTokenAcceptedAt(replaced, hours(23.99))).toBe(true);
    expect(apiTokenStateAt(replaced, hours(24))).toBe('retired');
    expect(apiTokenAcceptedAt(replaced, hours(24))).toBe(false);
  });

  it('is refused from its expiry instant', () => {
    const expiring = { ...fresh, expiresAt: hours(1) };
    expect(apiTokenAcceptedAt(expiring, hours(0.5))).toBe(true);
    expect(apiTokenStateAt(expiring, hours(1))).toBe('expired');
    expect(apiTokenAcceptedAt(expiring, hours(1))).toBe(false);
  });

  it('is refused at once when revoked, even inside a grace period and before its expiry', () => {
    const revoked = { expiresAt: hours(100), retiresAt: hours(10), revokedAt: NOW };
    expect(apiTokenStateAt(revoked, NOW)).toBe('revoked');
    expect(apiTokenAcceptedAt(revoked, NOW)).toBe(false);
  });

  it('names a replaced token’s end of grace before its expiry, whichever came first', () => {
    expect(apiTokenStateAt({ expiresAt: hours(1), retiresAt: hours(2), revokedAt: null }, hours(3))).toBe(
      'retired',
    );
    expect(apiTokenStateAt({ expiresAt: hours(1), retiresAt: hours(2), revokedAt: null }, hours(1.5))).toBe(
      'expired',
    );
  });
});

describe('rotating a token', () => {
  it('keeps the old token for the grace the administrator sets', () => {
    expect(rotationOutcome(fresh, NOW, 48)).toEqual({ ok: true, retiresAt: hours(48) });
  });

  it('ends the old token at once with no grace', () => {
    const outcome = rotationOutcome(fresh, NOW, 0);
    expect(outcome).toEqual({ ok: true, retiresAt: NOW });
    if (outcome.ok) expect(apiTokenAcceptedAt({ ...fresh, retiresAt: outcome.retiresAt }, NOW)).toBe(false);
  });

  it('refuses a grace outside 0–720 whole hours', () => {
    for (const grace of [-1, 721, 1.5]) {
      const outcome = rotationOutcome(fresh, NOW, grace);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok)
        expect(outcome.issues[0]).toMatchObject({ code: 'grace_out_of_bounds', field: 'graceHours' });
    }
  });

  it('refuses a token already replaced, revoked or expired', () => {
    const codes = [
      { ...fresh, retiresAt: hours(5) },
      { ...fresh, retiresAt: hours(-5) },
      { ...fresh, revokedAt: hours(-1) },
      { ...fresh, expiresAt: hours(-1) },
    ].map((t) => {
      const outcome = rotationOutcome(t, NOW, 24);
      return outcome.ok ? 'ok' : outcome.issues[0]?.code;
    });
    expect(codes).toEqual([
      'token_already_rotated',
      'token_already_rotated',
      'token_not_in_use',
      'token_not_in_use',
    ]);
  });

  it('says in words why an expired token cannot be replaced', () => {
    const outcome = rotationOutcome({ ...fresh, expiresAt: hours(-1) }, NOW, 24);
    expect(outcome.ok ? '' : outcome.issues[0]?.message).toBe(
      'Mã truy cập này đã hết hạn, không thể thay; hãy cấp mã mới.',
    );
  });
});

describe('revoking a token', () => {
  it('is allowed on a token in use, in grace or expired, and refused twice', () => {
    expect(revocationCheck(fresh, NOW).ok).toBe(true);
    expect(revocationCheck({ ...fresh, retiresAt: hours(2) }, NOW).ok).toBe(true);
    expect(revocationCheck({ ...fresh, expiresAt: hours(-2) }, NOW).ok).toBe(true);
    expect(revocationCheck({ ...fresh, revokedAt: hours(-2) }, NOW)).toMatchObject({
      ok: false,
      issues: [{ code: 'token_already_revoked' }],
    });
  });
});

describe('a token’s expiry date', () => {
  it('works through the whole day in Việt Nam and ends at midnight UTC+7', () => {
    expect(tokenExpiryInstant('2026-12-31').toISOString()).toBe('2026-12-31T17:00:00.000Z');
    const token = { ...fresh, expiresAt: tokenExpiryInstant('2026-12-31') };
    expect(apiTokenAcceptedAt(token, new Date('2026-12-31T16:59:59Z'))).toBe(true);
    expect(apiTokenAcceptedAt(token, new Date('2026-12-31T17:00:00Z'))).toBe(false);
  });

  it('reads back as the day it was given', () => {
    expect(tokenLastDay(tokenExpiryInstant('2027-01-01'))).toBe('2027-01-01');
    expect(tokenLastDay(tokenExpiryInstant('2028-02-29'))).toBe('2028-02-29');
  });

  it('may be today or later, up to five years, or none', () => {
    expect(expiryDateCheck(null, NOW).ok).toBe(true);
    expect(expiryDateCheck('2026-12-07', NOW).ok).toBe(true);
    expect(expiryDateCheck('2031-12-06', NOW).ok).toBe(true);
    expect(expiryDateCheck('2026-12-06', NOW)).toMatchObject({
      ok: false,
      issues: [
        { code: 'expiry_in_past', field: 'expiresOn', message: 'Ngày hết hạn không được trước hôm nay.' },
      ],
    });
    expect(expiryDateCheck('2031-12-08', NOW)).toMatchObject({
      ok: false,
      issues: [{ code: 'expiry_too_far' }],
    });
  });

  it('takes today in Việt Nam, not in UTC', () => {
    // 18:00 UTC on 6 December is already 7 December in Hà Nội.
    expect(expiryDateCheck('2026-12-06', new Date('2026-12-06T18:00:00Z')).ok).toBe(false);
    expect(expiryDateCheck('2026-12-07', new Date('2026-12-06T18:00:00Z')).ok).toBe(true);
  });
});

describe('recording a token’s last use', () => {
  it('writes on first use and then at most once a minute', () => {
    expect(tokenUseWorthRecording(null, NOW)).toBe(true);
    expect(tokenUseWorthRecording(new Date(NOW.getTime() - 59_999), NOW)).toBe(false);
    expect(tokenUseWorthRecording(new Date(NOW.getTime() - 60_000), NOW)).toBe(true);
  });
});
