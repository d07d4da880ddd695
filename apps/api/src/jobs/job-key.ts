import { createHash } from 'node:crypto';

/**
 * The job id a stable key stands for: the same job name and key give the same id, and pg-boss inserts
 * a job whose id already exists as nothing. So a job sent twice under one key (a retry, a second
 * process, a restart after a crash) exists once.
 */
export function jobIdForKey(name: string, key: string): string {
  const hex = createHash('sha256').update(`${name}\n${key}`).digest('hex');
  // Shaped as an RFC 9562 version 8 (custom) UUID, variant 10.
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
