import type {
  FindingArea,
  FindingKind,
  MinutesAttendee,
  RecommendationStatus,
  RemediationState,
  Responsibility,
  ViolationSeverity,
} from '@kiemtra/domain';
import type { Generated, JSONColumnType } from 'kysely';

export interface MinutesAgendaItem {
  title: string;
  notes: string;
}

export interface InspectionMinutesTable {
  id: Generated<string>;
  tenant_id: string;
  inspection_id: string;
  minutes_date: string;
  place: string;
  attendees: JSONColumnType<MinutesAttendee[], string, string>;
  agenda: JSONColumnType<MinutesAgendaItem[], string, string>;
  discussion: Generated<string>;
  leader_conclusion: Generated<string>;
  version: Generated<number>;
  updated_at: Generated<Date>;
}

export interface FindingsTable {
  id: Generated<string>;
  tenant_id: string;
  inspection_id: string;
  area: FindingArea;
  kind: FindingKind;
  severity: ViolationSeverity | null;
  description: string;
  responsibilities: JSONColumnType<Responsibility[], string, string>;
  sort_order: number;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export interface ConclusionsTable {
  id: Generated<string>;
  tenant_id: string;
  inspection_id: string;
  general_assessment: Generated<string>;
  notice_number: string | null;
  notice_date: string | null;
  issued_by: string | null;
  version: Generated<number>;
  updated_at: Generated<Date>;
}

export interface EarlierConclusionsTable {
  id: Generated<string>;
  tenant_id: string;
  org_unit_id: string;
  year: number;
  issuer: string;
  document_number: string;
  document_date: string;
  created_at: Generated<Date>;
}

export interface RecommendationsTable {
  id: Generated<string>;
  tenant_id: string;
  inspection_id: string | null;
  earlier_conclusion_id: string | null;
  org_unit_id: string;
  action: string;
  responsible: string;
  due_date: string | null;
  finding_ids: JSONColumnType<string[], string, string>;
  status: Generated<RecommendationStatus>;
  return_reason: string | null;
  done_on: string | null;
  carry_over_reason: string | null;
  sort_order: number;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export interface RemediationReportsTable {
  id: Generated<string>;
  tenant_id: string;
  recommendation_id: string;
  state: RemediationState;
  actions_taken: string;
  evidence_refs: JSONColumnType<string[], string, string>;
  submitted_on: string;
  submitted_by: string | null;
  decision: 'accepted' | 'returned' | null;
  decision_reason: string | null;
  decided_by: string | null;
  decided_on: string | null;
  created_at: Generated<Date>;
}

export interface RoundsTable {
  id: Generated<string>;
  tenant_id: string;
  plan_id: string;
  team_id: string;
  name: string;
  closed_on: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export interface SummaryReportsTable {
  id: Generated<string>;
  tenant_id: string;
  round_id: string;
  title: string;
  body: string;
  status: Generated<'draft' | 'issued'>;
  document_number: string | null;
  issued_on: string | null;
  proposals: Generated<string>;
  signer_title: Generated<string>;
  signer_name: Generated<string>;
  version: Generated<number>;
  updated_at: Generated<Date>;
}
