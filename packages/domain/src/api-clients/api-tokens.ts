import { addDays, parseIsoDate, todayInVietnam, toIsoDate } from '../calendar/local-date.js';

/** When a token of a provincial system stops being accepted; null where it does not. */
export interface ApiTokenTimes {
  /** The expiry the administrator chose, if any: the token is refused from this instant. */
  expiresAt: Date | null;
  /** Set by a rotation: the replaced token keeps working until this instant (the grace period). */
  retiresAt: Date | null;
  revokedAt: Date | null;
}

export const API_TOKEN_STATES = ['active', 'retiring', 'expired', 'retired', 'revoked'] as const;
export type ApiTokenState = (typeof API_TOKEN_STATES)[number];

export const API_TOKEN_STATE_LABELS: Record<ApiTokenState, string> = {
  active: 'Đang dùng',
  retiring: 'Đã thay, còn dùng được đến hết thời gian chuyển tiếp',
  expired: 'Đã hết hạn',
  retired: 'Đã thay, hết thời gian chuyển tiếp',
  revoked: 'Đã thu hồi',
};

/**
 * The state of a token at an instant. A revocation wins over everything, then the end of a
 * rotation's grace, then the expiry; an instant equal to a limit is already past it.
 * @example apiTokenStateAt({ expiresAt: null, retiresAt: new Date('2026-12-08T00:00:00Z'), revokedAt: null }, new Date('2026-12-07T12:00:00Z')) // 'retiring'
 */
export function apiTokenStateAt(token: ApiTokenTimes, at: Date): ApiTokenState {
  const reached = (limit: Date | null) => limit !== null && limit.getTime() <= at.getTime();
  if (reached(token.revokedAt)) return 'revoked';
  if (reached(token.retiresAt)) return 'retired';
  if (reached(token.expiresAt)) return 'expired';
  return token.retiresAt === null ? 'active' : 'retiring';
}

/** Whether a request bearing this token is served at `at`. */
export const apiTokenAcceptedAt = (token: ApiTokenTimes, at: Date): boolean => {
  const state = apiTokenStateAt(token, at);
  return state === 'active' || state === 'retiring';
};

/** The longest grace an administrator may give a replaced token: 30 days. */
export const MAX_ROTATION_GRACE_HOURS = 720;

export type TokenRuleRefusal = { ok: false; issues: { code: string; message: string; field?: string }[] };
export type TokenRuleResult = { ok: true } | TokenRuleRefusal;

const refuse = (code: string, message: string, field?: string): TokenRuleRefusal => ({
  ok: false,
  issues: [{ code, message, ...(field && { field }) }],
});

/**
 * A rotation replaces a token in use by a new one; the old one keeps working for `graceHours`
 * (0 ends it at once), never past its own expiry. Only a token in use can be replaced, once.
 * @example rotationOutcome(token, now, 24) // { ok: true, retiresAt: now + 24 h }
 */
export function rotationOutcome(
  token: ApiTokenTimes,
  now: Date,
  graceHours: number,
): { ok: true; retiresAt: Date } | TokenRuleRefusal {
  const state = apiTokenStateAt(token, now);
  if (state === 'retiring' || state === 'retired')
    return refuse(
      'token_already_rotated',
      'Mã truy cập này đã được thay bằng mã mới; hãy thay mã đang dùng.',
    );
  if (state !== 'active')
    return refuse(
      'token_not_in_use',
      `Mã truy cập này ${API_TOKEN_STATE_LABELS[state].toLowerCase()}, không thể thay; hãy cấp mã mới.`,
    );
  if (!Number.isInteger(graceHours) || graceHours < 0 || graceHours > MAX_ROTATION_GRACE_HOURS)
    return refuse(
      'grace_out_of_bounds',
      `Thời gian chuyển tiếp phải là số giờ nguyên từ 0 đến ${MAX_ROTATION_GRACE_HOURS}.`,
      'graceHours',
    );
  return { ok: true, retiresAt: new Date(now.getTime() + graceHours * 3_600_000) };
}

/** A revocation refuses the token at once; revoking twice is refused so that the first date stays. */
export function revocationCheck(token: ApiTokenTimes, now: Date): TokenRuleResult {
  if (apiTokenStateAt(token, now) === 'revoked')
    return refuse('token_already_revoked', 'Mã truy cập này đã được thu hồi trước đó.');
  return { ok: true };
}

/** The farthest expiry a token may be given: five years from today. */
export const MAX_TOKEN_LIFETIME_DAYS = 5 * 365;

/**
 * A token given an expiry date works through that whole day in Việt Nam (UTC+7, no daylight
 * saving) and is refused from 00:00 the next day.
 * @example tokenExpiryInstant('2026-12-31') // 2026-12-31T17:00:00.000Z
 */
export function tokenExpiryInstant(expiresOn: string): Date {
  const nextDay = toIsoDate(addDays(parseIsoDate(expiresOn), 1));
  return new Date(`${nextDay}T00:00:00+07:00`);
}

/** The last day a token expiring at `expiresAt` works, as yyyy-mm-dd (the inverse of tokenExpiryInstant). */
export function tokenLastDay(expiresAt: Date): string {
  return toIsoDate(addDays(todayInVietnam(expiresAt), -1));
}

/** An expiry date is today or later, and within {@link MAX_TOKEN_LIFETIME_DAYS}. */
export function expiryDateCheck(expiresOn: string | null, now: Date): TokenRuleResult {
  if (expiresOn === null) return { ok: true };
  const day = parseIsoDate(expiresOn);
  const today = todayInVietnam(now);
  if (day < today) return refuse('expiry_in_past', 'Ngày hết hạn không được trước hôm nay.', 'expiresOn');
  if (day > addDays(today, MAX_TOKEN_LIFETIME_DAYS))
    return refuse('expiry_too_far', 'Ngày hết hạn không được quá 5 năm kể từ hôm nay.', 'expiresOn');
  return { ok: true };
}

/** A token's last use is written at most once a minute, so that a busy system's reads stay reads. */
export const TOKEN_USE_RECORD_INTERVAL_MS = 60_000;

export const tokenUseWorthRecording = (lastUsedAt: Date | null, now: Date): boolean =>
  lastUsedAt === null || now.getTime() - lastUsedAt.getTime() >= TOKEN_USE_RECORD_INTERVAL_MS;
