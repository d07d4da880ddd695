import type { ReportStatus } from '@kiemtra/domain';
import type { Generated, JSONColumnType } from 'kysely';

export interface UnitReportsTable {
  id: Generated<string>;
  tenant_id: string;
  inspection_id: string;
  template_id: string;
  status: Generated<ReportStatus>;
  first_submitted_at: Date | null;
  due_date: string | null;
  timing: 'on_time' | 'late' | null;
  working_days_late: number | null;
  last_submitted_at: Date | null;
  reopened_reason: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ReportAnswersTable {
  id: Generated<string>;
  report_id: string;
  item_code: string;
  narrative: Generated<string>;
  /** Whether the (sanitized) narrative holds words, set on save: what progress reads. */
  has_text: Generated<boolean>;
  figures: JSONColumnType<Record<string, number | null>, string | undefined, string>;
  version: Generated<number>;
  updated_by_name: string | null;
  updated_at: Generated<Date>;
}

export interface ReportSystemFiguresTable {
  id: Generated<string>;
  report_id: string;
  item_code: string;
  figure_key: string;
  value: number;
  source: string;
  recorded_at: Date;
  api_client_id: string | null;
  unit_comment: string | null;
}

export interface ReportAttachmentsTable {
  id: Generated<string>;
  tenant_id: string;
  report_id: string;
  item_code: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  store: 'database' | 'disk';
  storage_key: string;
  uploaded_by_name: string | null;
  created_at: Generated<Date>;
}

export interface AttachmentBlobsTable {
  storage_key: string;
  content: Uint8Array;
  created_at: Generated<Date>;
}

export interface ReportCommentsTable {
  id: Generated<string>;
  report_id: string;
  item_code: string;
  author_user_id: string | null;
  author_name: string;
  body: string;
  created_at: Generated<Date>;
}

export interface ReportAdditionRequestsTable {
  id: Generated<string>;
  report_id: string;
  item_codes: JSONColumnType<string[], string, string>;
  reason: string;
  requested_by_name: string;
  requested_at: Generated<Date>;
  resolved_at: Date | null;
}
