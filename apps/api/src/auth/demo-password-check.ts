import { type Database, listPasswordHashes } from '@kiemtra/db';
import { DEMO_PASSWORDS } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { verifyPassword } from './password.js';

// argon2 verifications run on libuv's thread pool: a few at a time keeps both cores busy.
const CONCURRENCY = 4;

/**
 * The usernames of the accounts whose password is one the demo published. Every hash is checked
 * (each has its own salt, so no shortcut exists): at about 30 ms a check, 1,000 accounts take
 * some 10 seconds of a start in production.
 */
export async function accountsWithDemoPassword(db: Kysely<Database>): Promise<string[]> {
  const accounts = await listPasswordHashes(db);
  const found: string[] = [];
  let next = 0;
  async function worker() {
    for (let i = next++; i < accounts.length; i = next++) {
      const account = accounts[i];
      if (!account) continue;
      for (const demo of DEMO_PASSWORDS) {
        if (await verifyPassword(account.passwordHash, demo)) {
          found.push(account.username);
          break;
        }
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return found.sort();
}

/** Why the API will not start in production, and what to do about it. */
export function demoPasswordRefusal(usernames: readonly string[]): string {
  const shown = usernames.slice(0, 10).join(', ');
  const more = usernames.length > 10 ? ` và ${usernames.length - 10} tài khoản khác` : '';
  return [
    `API không khởi động ở chế độ vận hành (KIEMTRA_MODE=production): ${usernames.length} tài khoản còn dùng mật khẩu của bản trình diễn (${shown}${more}).`,
    'Mật khẩu này đã được công bố công khai. Hãy dùng một cơ sở dữ liệu mới, không có dữ liệu trình diễn, và chạy `pnpm kiemtra setup` để thiết lập tỉnh; hoặc đổi mật khẩu của các tài khoản này ở chế độ trình diễn rồi khởi động lại.',
  ].join('\n');
}
