import type { Migration } from 'kysely/migration';
import * as m20261129010000 from './20261129010000_org_units.js';
import * as m20261129010100 from './20261129010100_accounts.js';
import * as m20261129010200 from './20261129010200_plans.js';
import * as m20261129010300 from './20261129010300_teams_targets_inspections.js';
import * as m20261129010400 from './20261129010400_audit_log.js';
import * as m20261129020000 from './20261129020000_calendar.js';
import * as m20261129030000 from './20261129030000_planning.js';
import * as m20261129500000 from './20261129500000_unit_reports.js';
import * as m20261129600000 from './20261129600000_inspection_closure.js';
import * as m20261203200000 from './20261203200000_sign_in_throttle_sessions.js';
import * as m20261203500000 from './20261203500000_unit_register.js';
import * as m20261203500100 from './20261203500100_plan_discard.js';
import * as m20261203600000 from './20261203600000_hot_query_indexes.js';
import * as m20261203600100 from './20261203600100_answer_has_text.js';
import * as m20261203800000 from './20261203800000_outgoing_register.js';
import * as m20261203800100 from './20261203800100_summary_report_signer.js';
import * as m20261207141227 from './20261207141227_system_admin_role.js';
import * as m20261207141833 from './20261207141833_deadline_moves.js';
import * as m20261207142050 from './20261207142050_api_client_tokens.js';
import * as m20261207142312 from './20261207142312_law_holiday_rules.js';
import * as m20261207144027 from './20261207144027_audit_log_reading.js';
import * as m20261207144109 from './20261207144109_idempotency_keys.js';
import * as m20261207145313 from './20261207145313_account_management.js';
import * as m20261207151526 from './20261207151526_org_unit_successions.js';
import * as m20261207154443 from './20261207154443_passwords_and_province_setup.js';
import * as m20261207225146 from './20261207225146_notifications.js';
import * as m20261207231412 from './20261207231412_api_access_tokens_and_calls.js';

/** Listed here rather than read from disk, so that bundlers and tsx see the same set. Append only. */
export const migrations: Record<string, Migration> = {
  '20261129010000_org_units': m20261129010000,
  '20261129010100_accounts': m20261129010100,
  '20261129010200_plans': m20261129010200,
  '20261129010300_teams_targets_inspections': m20261129010300,
  '20261129010400_audit_log': m20261129010400,
  '20261129020000_calendar': m20261129020000,
  '20261129030000_planning': m20261129030000,
  '20261129500000_unit_reports': m20261129500000,
  '20261129600000_inspection_closure': m20261129600000,
  '20261203200000_sign_in_throttle_sessions': m20261203200000,
  '20261203500000_unit_register': m20261203500000,
  '20261203500100_plan_discard': m20261203500100,
  '20261203600000_hot_query_indexes': m20261203600000,
  '20261203600100_answer_has_text': m20261203600100,
  '20261203800000_outgoing_register': m20261203800000,
  '20261203800100_summary_report_signer': m20261203800100,
  '20261207141227_system_admin_role': m20261207141227,
  '20261207141833_deadline_moves': m20261207141833,
  '20261207142050_api_client_tokens': m20261207142050,
  '20261207142312_law_holiday_rules': m20261207142312,
  '20261207144109_idempotency_keys': m20261207144109,
  '20261207145313_account_management': m20261207145313,
  '20261207144027_audit_log_reading': m20261207144027,
  '20261207151526_org_unit_successions': m20261207151526,
  '20261207154443_passwords_and_province_setup': m20261207154443,
  '20261207225146_notifications': m20261207225146,
  '20261207231412_api_access_tokens_and_calls': m20261207231412,
};
