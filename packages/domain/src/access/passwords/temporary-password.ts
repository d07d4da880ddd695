import { checkPasswordPolicy } from './password-policy.js';

// No 0/O, 1/l/I: a temporary password is read aloud or copied from a screen.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/** Fills the array with random bytes: Web Crypto's getRandomValues (Node and browsers) unless a test passes its own. */
export type RandomBytes = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;

const webCrypto: RandomBytes = (bytes) => {
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
};

/** One character of the alphabet, uniformly: bytes past the last whole multiple are drawn again. */
function randomCharacter(random: RandomBytes): string {
  const limit = 256 - (256 % ALPHABET.length);
  const byte = new Uint8Array(1);
  for (;;) {
    const value = random(byte)[0] ?? 256;
    if (value < limit) return ALPHABET[value % ALPHABET.length] ?? '';
  }
}

/**
 * A random temporary password that satisfies the password policy for this username, in groups
 * easy to copy ("k7Qm-x4Pz-R9dn-W3tc": 16 random characters, about 93 bits). The person must
 * change it at first sign-in.
 * @example generateTemporaryPassword({ username: 'quantri' }) // 'k7Qm-x4Pz-R9dn-W3tc'
 */
export function generateTemporaryPassword(
  context: { username: string | null },
  random: RandomBytes = webCrypto,
): string {
  for (;;) {
    const groups = Array.from({ length: GROUPS }, () =>
      Array.from({ length: GROUP_LENGTH }, () => randomCharacter(random)).join(''),
    );
    const password = groups.join('-');
    // Almost never refused (a username inside, too few distinct characters): then drawn again.
    if (checkPasswordPolicy(password, context).ok) return password;
  }
}
