import { createHash, randomBytes } from 'node:crypto';

export const newToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are high-entropy, so a plain SHA-256 is enough to store them safely. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export const SESSION_COOKIE = 'kiemtra_session';
