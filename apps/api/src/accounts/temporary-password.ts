import { randomInt } from 'node:crypto';

/**
 * Makes the temporary password an administrator hands over once. The setup-mode work lands the
 * domain's own (`generateTemporaryPassword`, checked against the password policy); until then
 * this draws the same shape, and callers depend only on this signature.
 */
export type MakeTemporaryPassword = (context: { username: string | null }) => string;

const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export const makeTemporaryPassword: MakeTemporaryPassword = () =>
  Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)] ?? 'x').join(''),
  ).join('-');
