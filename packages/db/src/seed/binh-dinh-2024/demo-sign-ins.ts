import { ROLE_LABELS } from '@kiemtra/domain';
import { ACCOUNTS, DEMO_PASSWORD } from './accounts.data.js';
import { seedUnit } from './org-units.data.js';
import type { DemoSignIn } from './seed-types.js';

/** What the start script prints so that people can try each role. */
export const DEMO_SIGN_INS: readonly DemoSignIn[] = ACCOUNTS.map((account) => ({
  username: account.username,
  password: DEMO_PASSWORD,
  roleLabel: account.roles.map((role) => ROLE_LABELS[role]).join(', '),
  unitName: seedUnit(account.unitCode).name,
}));
