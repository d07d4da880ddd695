import { createHash, randomBytes } from 'node:crypto';

export const newToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are high-entropy, so a plain SHA-256 is enough to store them safely. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * A provincial system's token: a recognisable prefix (for secret scanners and for a person reading
 * a configuration file) and 256 random bits. Its first characters are kept as a hint.
 */
export function newApiToken(): { token: string; hint: string } {
  const token = `kt1_${newToken()}`;
  return { token, hint: token.slice(0, 8) };
}

export const SESSION_COOKIE = 'kiemtra_session';
