import type {
  SessionsTable,
  SignInAttemptsTable,
  UserRolesTable,
  UsersTable,
} from './tables/accounts.table.js';
import type {
  ApiAccessTokensTable,
  ApiClientCallsTable,
  ApiClientsTable,
  ApiClientTokensTable,
  ApiClientTokenUsesTable,
} from './tables/api-clients.table.js';
import type { AuditLogTable } from './tables/audit-log.table.js';
import type { LawHolidayRulesTable, OfficialSchedulesTable } from './tables/calendar.table.js';
import type { DeadlineMovesTable } from './tables/deadline-moves.table.js';
import type { IdempotencyKeysTable } from './tables/idempotency-keys.table.js';
import type {
  ConclusionsTable,
  EarlierConclusionsTable,
  FindingsTable,
  InspectionMinutesTable,
  RecommendationsTable,
  RemediationReportsTable,
  RoundsTable,
  SummaryReportsTable,
} from './tables/inspection-closure.table.js';
import type {
  InspectionsTable,
  ScheduleNoticesTable,
  TargetSubUnitsTable,
  TargetsTable,
  TeamMembersTable,
  TeamsTable,
} from './tables/inspections.table.js';
import type { NotificationPreferencesTable, NotificationsTable } from './tables/notifications.table.js';
import type {
  OrgUnitChangesTable,
  OrgUnitNamesTable,
  OrgUnitParentsTable,
  OrgUnitSuccessionsTable,
  OrgUnitsTable,
  TenantsTable,
} from './tables/org-units.table.js';
import type {
  OutgoingRegisterCountersTable,
  OutgoingRegisterTable,
} from './tables/outgoing-register.table.js';
import type {
  PlanContentsTable,
  PlanMemberAgenciesTable,
  PlansTable,
  ReportTemplateItemsTable,
  ReportTemplatesTable,
} from './tables/plans.table.js';
import type {
  AttachmentBlobsTable,
  ReportAdditionRequestsTable,
  ReportAnswersTable,
  ReportAttachmentsTable,
  ReportCommentsTable,
  ReportSystemFiguresTable,
  UnitReportsTable,
} from './tables/reports.table.js';

export interface Database {
  tenants: TenantsTable;
  org_units: OrgUnitsTable;
  org_unit_parents: OrgUnitParentsTable;
  org_unit_names: OrgUnitNamesTable;
  org_unit_changes: OrgUnitChangesTable;
  org_unit_successions: OrgUnitSuccessionsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  sign_in_attempts: SignInAttemptsTable;
  api_clients: ApiClientsTable;
  api_client_tokens: ApiClientTokensTable;
  api_client_token_uses: ApiClientTokenUsesTable;
  api_access_tokens: ApiAccessTokensTable;
  api_client_calls: ApiClientCallsTable;
  idempotency_keys: IdempotencyKeysTable;
  report_templates: ReportTemplatesTable;
  report_template_items: ReportTemplateItemsTable;
  plans: PlansTable;
  plan_contents: PlanContentsTable;
  plan_member_agencies: PlanMemberAgenciesTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  targets: TargetsTable;
  target_sub_units: TargetSubUnitsTable;
  inspections: InspectionsTable;
  schedule_notices: ScheduleNoticesTable;
  deadline_moves: DeadlineMovesTable;
  audit_log: AuditLogTable;
  official_schedules: OfficialSchedulesTable;
  law_holiday_rules: LawHolidayRulesTable;
  unit_reports: UnitReportsTable;
  report_answers: ReportAnswersTable;
  report_system_figures: ReportSystemFiguresTable;
  report_attachments: ReportAttachmentsTable;
  attachment_blobs: AttachmentBlobsTable;
  report_comments: ReportCommentsTable;
  report_addition_requests: ReportAdditionRequestsTable;
  inspection_minutes: InspectionMinutesTable;
  findings: FindingsTable;
  conclusions: ConclusionsTable;
  earlier_conclusions: EarlierConclusionsTable;
  recommendations: RecommendationsTable;
  remediation_reports: RemediationReportsTable;
  rounds: RoundsTable;
  summary_reports: SummaryReportsTable;
  outgoing_register_counters: OutgoingRegisterCountersTable;
  outgoing_register: OutgoingRegisterTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
}
