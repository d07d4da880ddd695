import { ACCOUNTS } from './accounts.data.js';
import { CONTENTS } from './contents.data.js';
import { INSPECTIONS } from './inspections.data.js';
import { ORG_UNITS } from './org-units.data.js';
import { REPORT_TEMPLATE } from './outline.data.js';
import { PLAN } from './plan.data.js';
import type { SeedData } from './seed-types.js';
import { TARGETS } from './targets.data.js';
import { TEAMS } from './teams.data.js';
import { TENANT } from './tenant.data.js';

/** The 2024 inspection plan of Bình Định as issued, with the choices the plan leaves open. */
export const BINH_DINH_2024: SeedData = {
  tenant: TENANT,
  orgUnits: ORG_UNITS,
  plan: PLAN,
  contents: CONTENTS,
  reportTemplate: REPORT_TEMPLATE,
  teams: TEAMS,
  targets: TARGETS,
  inspections: INSPECTIONS,
  accounts: ACCOUNTS,
};

export { DEMO_PASSWORD } from './accounts.data.js';
export { DEMO_SIGN_INS } from './demo-sign-ins.js';
export type * from './seed-types.js';
