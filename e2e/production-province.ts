import { readFileSync } from 'node:fs';

// The province the production journeys set up: playwright.config.ts runs `pnpm kiemtra setup` with
// these flags on an empty database before the API starts; the journeys read what it printed.
export const PROVINCE = {
  code: 'quang-tri',
  name: 'Tỉnh Quảng Trị',
  committee: 'Ủy ban nhân dân tỉnh Quảng Trị',
  homeAffairs: 'Sở Nội vụ',
  admin: { username: 'quantri.qt', fullName: 'Lê Thị Hoa' },
} as const;

export const PRODUCTION_SETUP_FLAGS: readonly string[] = [
  '--code',
  PROVINCE.code,
  '--name',
  PROVINCE.name,
  '--valid-from',
  '01/07/2025',
  '--admin-username',
  PROVINCE.admin.username,
  '--admin-name',
  PROVINCE.admin.fullName,
];

/** What `kiemtra setup --json` printed: the administrator and the temporary password, shown once. */
export function setupResult(): { tenantId: string; username: string; temporaryPassword: string } {
  const file = process.env.E2E_SETUP_OUTPUT;
  if (!file) throw new Error('E2E_SETUP_OUTPUT is not set: run with E2E_MODE=production');
  return JSON.parse(readFileSync(file, 'utf8'));
}
