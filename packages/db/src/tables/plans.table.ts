import type {
  DeadlineReading,
  DeadlineRule,
  FigureField,
  FigureRule,
  InspectionForm,
  InspectionKind,
  PlanStatus,
  ReminderSettings,
} from '@kiemtra/domain';
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export interface ReportTemplatesTable {
  id: Generated<string>;
  tenant_id: string;
  code: string;
  version: number;
  title: string;
  inspection_kind: InspectionKind;
  published_at: Date | null;
  created_at: Generated<Date>;
}

export interface ReportTemplateItemsTable {
  id: Generated<string>;
  template_id: string;
  code: string;
  parent_code: string | null;
  position: number;
  title: string;
  guidance: string | null;
  required: Generated<boolean>;
  /** Issue 5: the item's structured figures and their checks (empty for a narrative-only item). */
  figures: JSONColumnType<FigureField[], string | undefined, string>;
  figure_rules: JSONColumnType<FigureRule[], string | undefined, string>;
}

type StringList = JSONColumnType<string[], string, string>;

export interface PlansTable {
  id: Generated<string>;
  tenant_id: string;
  owner_org_unit_id: string;
  year: number;
  title: string;
  status: Generated<PlanStatus>;
  decision_number: string | null;
  decision_date: string | null;
  decision_signer_name: string | null;
  decision_signer_title: string | null;
  issuing_authority: string;
  legal_bases: StringList;
  proposal: string | null;
  window_start: string;
  window_end: string;
  purposes: StringList;
  requirements: StringList;
  forms: JSONColumnType<InspectionForm[], string, string>;
  expected_target_count: number | null;
  funding_note: string | null;
  report_template_id: string | null;
  /** Null: the domain's DEFAULT_DEADLINE_RULES_2024. */
  deadline_rules: JSONColumnType<DeadlineRule[] | null, string | null, string | null>;
  deadline_reading: Generated<DeadlineReading>;
  /** Null: the domain's DEFAULT_REMINDER_SETTINGS. */
  reminder_settings: ColumnType<ReminderSettings | null, string | null | undefined, string | null>;
  sub_unit_min: Generated<number>;
  sub_unit_max: Generated<number>;
  /** 'province': the plan of Sở Nội vụ; 'lower': a department's or district's own plan (V.3.c). */
  level: Generated<'province' | 'lower'>;
  copied_from_plan_id: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  /** When the draft was discarded; a discarded draft is kept but no longer listed nor worked on. */
  discarded_at: Generated<Date | null>;
}

export interface PlanContentsTable {
  id: Generated<string>;
  plan_id: string;
  kind: 'area' | 'topic';
  code: string;
  position: number;
  title: string;
  description: string | null;
}

export interface PlanMemberAgenciesTable {
  id: Generated<string>;
  plan_id: string;
  org_unit_id: string;
  is_police_unit: Generated<boolean>;
  sort_order: number;
}
