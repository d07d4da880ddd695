// One command for a fresh machine: install, build the portal, start the API (PGlite in ./data unless
// DATABASE_URL is set; migrations and the 2024 seed run at start) and the portal; Ctrl-C stops both.
import { join } from 'node:path';
import { ensureInstalled, root, run } from './bootstrap.mjs';
import { startServices } from './services.mjs';

await ensureInstalled();
console.log('• Dựng cổng thông tin (portal)…');
run('pnpm', ['--filter', '@kiemtra/portal', 'build']);

const started = await startServices();
if (!started) process.exit(1);
const { apiUrl, portalUrl } = started;
const tsx = join(root, 'apps/api/node_modules/.bin/tsx');
console.log(`\nkiemtra đã sẵn sàng.\n  Cổng thông tin: ${portalUrl}\n  API (tRPC):     ${apiUrl}/trpc\n`);
run(tsx, ['src/print-demo-sign-ins.ts'], { cwd: join(root, 'apps/api') });
console.log('\nNhấn Ctrl-C để dừng.');
