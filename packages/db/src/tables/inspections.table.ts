import type {
  FollowUpKind,
  InspectionForm,
  InspectionKind,
  InspectionStatus,
  SignerOffice,
  TargetGroup,
  TeamKind,
  TeamMemberRole,
} from '@kiemtra/domain';
import type { Generated, JSONColumnType } from 'kysely';

export interface TeamsTable {
  id: Generated<string>;
  plan_id: string;
  name: string;
  lead_agency_id: string;
  decision_number: string | null;
  decision_date: string | null;
  decision_signer_name: string | null;
  decision_signer_title: string | null;
  kind: Generated<TeamKind>;
  decision_signer_office: SignerOffice | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export interface TeamMembersTable {
  id: Generated<string>;
  team_id: string;
  user_id: string | null;
  full_name: string;
  position: string | null;
  agency_id: string;
  role: TeamMemberRole;
  sort_order: number;
}

export interface TargetsTable {
  id: Generated<string>;
  plan_id: string;
  org_unit_id: string;
  inspection_kind: InspectionKind;
  target_group: TargetGroup;
  team_id: string | null;
  sort_order: number;
  note: string | null;
  ad_hoc_decision_number: string | null;
  ad_hoc_decision_date: string | null;
  ad_hoc_ordered_by: SignerOffice | null;
  version: Generated<number>;
}

export interface TargetSubUnitsTable {
  id: Generated<string>;
  target_id: string;
  org_unit_id: string;
  sort_order: number;
}

export interface InspectionsTable {
  id: Generated<string>;
  tenant_id: string;
  plan_id: string;
  target_id: string;
  org_unit_id: string;
  team_id: string | null;
  form: Generated<InspectionForm>;
  status: Generated<InspectionStatus>;
  start_date: string | null;
  end_date: string | null;
  place: string | null;
  /** Every on-site day, yyyy-mm-dd, sorted; start_date and end_date are the first and last. */
  visit_dates: JSONColumnType<string[], string | undefined, string>;
  late_notice_reason: string | null;
  /** Issue 6: the round it belongs to; a follow-up's source and kind. */
  round_id: Generated<string | null>;
  follow_up_of_inspection_id: Generated<string | null>;
  follow_up_kind: Generated<FollowUpKind | null>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** A deadline as a notice announced it, kept when the schedule changes. */
export interface NoticeDeadlineSnapshot {
  code: string;
  label: string;
  dueDate: string;
}

export interface ScheduleNoticesTable {
  id: Generated<string>;
  tenant_id: string;
  plan_id: string;
  inspection_id: string;
  number: string;
  notice_date: string;
  recipients: JSONColumnType<string[], string, string>;
  state: Generated<'current' | 'superseded'>;
  amends_notice_id: string | null;
  visit_dates: JSONColumnType<string[], string, string>;
  deadlines: JSONColumnType<NoticeDeadlineSnapshot[], string, string>;
  late_notice_reason: string | null;
  created_at: Generated<Date>;
}
