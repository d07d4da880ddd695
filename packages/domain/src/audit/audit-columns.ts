import { API_SCOPE_LABELS, ROLE_LABELS } from '../access/roles.js';
import { READING_LABELS } from '../calendar/deadline-rules.js';
import { LAW_HOLIDAY_STATUS_LABELS } from '../calendar/law-holiday-rules.js';
import { DEADLINE_MOVE_CAUSE_LABELS } from '../deadlines/deadline-moves.js';
import { OUTGOING_DOCUMENT_TYPE_LABELS } from '../documents/outgoing-register.js';
import { FINDING_AREA_LABELS } from '../inspection/content-areas.js';
import { FINDING_KIND_LABELS, VIOLATION_SEVERITY_LABELS } from '../inspection/findings.js';
import { FOLLOW_UP_KIND_LABELS } from '../inspection/follow-up.js';
import { RECOMMENDATION_STATUS_LABELS, REMEDIATION_STATE_LABELS } from '../inspection/recommendations.js';
import { REMEDIATION_DECISION_LABELS } from '../inspection/remediation.js';
import { ORG_UNIT_KIND_LABELS } from '../org/org-unit.js';
import { COMMUNE_TYPE_VERSIONS } from '../org/unit-kinds.js';
import { LEGAL_BASIS_KIND_LABELS } from '../org/unit-register.schemas.js';
import {
  INSPECTION_FORM_LABELS,
  INSPECTION_KIND_LABELS,
  INSPECTION_STATUS_LABELS,
  PLAN_STATUS_LABELS,
  TARGET_GROUP_LABELS,
  TEAM_MEMBER_ROLE_LABELS,
} from '../plan/vocabulary.js';
import { SIGNER_OFFICE_LABELS } from '../planning/authorities.js';
import { TEAM_KIND_LABELS } from '../planning/team-check.js';
import { REPORT_STATUS_LABELS } from '../report/report-workflow.js';

/** What a column's id points to, so that the log can name it rather than show the id. */
export type AuditReference = 'unit' | 'user' | 'plan' | 'team' | 'apiClient' | 'record';

/** How a person reads one column of an audited table. */
export interface AuditColumn {
  label: string;
  /** The Vietnamese label of each stored code (an array of codes reads as their labels). */
  values?: Readonly<Record<string, string>>;
  ref?: AuditReference;
}

const communeTypes = Object.fromEntries(Object.entries(COMMUNE_TYPE_VERSIONS).map(([k, v]) => [k, v.label]));

/** Columns of the same name mean the same in every table unless the table says otherwise. */
export const COMMON_AUDIT_COLUMNS: Readonly<Record<string, AuditColumn>> = {
  name: { label: 'Tên' },
  short_name: { label: 'Tên viết tắt' },
  title: { label: 'Tiêu đề' },
  code: { label: 'Mã' },
  kind: { label: 'Loại' },
  year: { label: 'Năm' },
  position: { label: 'Chức vụ' },
  description: { label: 'Nội dung' },
  note: { label: 'Ghi chú' },
  reason: { label: 'Lý do' },
  place: { label: 'Địa điểm' },
  body: { label: 'Nội dung' },
  summary: { label: 'Trích yếu' },
  recipients: { label: 'Nơi nhận' },
  valid_from: { label: 'Hiệu lực từ ngày' },
  valid_to: { label: 'Hiệu lực đến ngày' },
  effective_from: { label: 'Có hiệu lực từ ngày' },
  decision_number: { label: 'Số quyết định' },
  decision_date: { label: 'Ngày quyết định' },
  decision_signer_name: { label: 'Người ký quyết định' },
  decision_signer_title: { label: 'Chức vụ người ký quyết định' },
  document_number: { label: 'Số văn bản' },
  document_date: { label: 'Ngày văn bản' },
  issued_on: { label: 'Ngày ban hành' },
  due_date: { label: 'Hạn' },
  start_date: { label: 'Ngày bắt đầu' },
  end_date: { label: 'Ngày kết thúc' },
  visit_dates: { label: 'Ngày làm việc tại đơn vị' },
  late_notice_reason: { label: 'Lý do thông báo muộn' },
  item_code: { label: 'Mục của đề cương' },
  figures: { label: 'Số liệu' },
  issuer: { label: 'Cơ quan ban hành' },
  org_unit_id: { label: 'Đơn vị', ref: 'unit' },
  parent_id: { label: 'Đơn vị cấp trên', ref: 'unit' },
  plan_id: { label: 'Kế hoạch', ref: 'plan' },
  team_id: { label: 'Đoàn kiểm tra', ref: 'team' },
  user_id: { label: 'Tài khoản', ref: 'user' },
  api_client_id: { label: 'Hệ thống kết nối', ref: 'apiClient' },
  inspection_id: { label: 'Cuộc kiểm tra', ref: 'record' },
  target_id: { label: 'Đối tượng kiểm tra', ref: 'record' },
  report_id: { label: 'Báo cáo của đơn vị', ref: 'record' },
  template_id: { label: 'Đề cương báo cáo', ref: 'record' },
  round_id: { label: 'Đợt kiểm tra', ref: 'record' },
  recommendation_id: { label: 'Kiến nghị', ref: 'record' },
  lead_agency_id: { label: 'Cơ quan chủ trì', ref: 'unit' },
  agency_id: { label: 'Cơ quan công tác', ref: 'unit' },
  inspection_kind: { label: 'Loại hình kiểm tra', values: INSPECTION_KIND_LABELS },
  full_name: { label: 'Họ và tên' },
  role: { label: 'Vai trò' },
  state: { label: 'Tình trạng' },
  status: { label: 'Trạng thái' },
};

/**
 * Technical columns a person need not read in the log: identifiers, the province, optimistic
 * versions, creation and update stamps, ordering, and hashes of files.
 */
export const HIDDEN_AUDIT_COLUMNS: ReadonlySet<string> = new Set([
  'id',
  'tenant_id',
  'version',
  'created_at',
  'updated_at',
  'sort_order',
  'position_index',
  'request_id',
  'storage_key',
  'store',
  'sha256',
  'has_text',
]);

/** Each audited table's name, and what its own columns mean where the common meaning is not enough. */
export const AUDIT_TABLES: Readonly<
  Record<string, { label: string; columns: Readonly<Record<string, AuditColumn>> }>
> = {
  tenants: { label: 'Tỉnh', columns: { place_name: { label: 'Địa danh ghi trên văn bản' } } },
  org_units: {
    label: 'Cơ quan, đơn vị',
    columns: {
      kind: { label: 'Loại đơn vị', values: ORG_UNIT_KIND_LABELS },
      admin_code: { label: 'Mã đơn vị hành chính' },
      electronic_id: { label: 'Mã định danh điện tử' },
      commune_type: { label: 'Loại đơn vị cấp xã', values: communeTypes },
    },
  },
  org_unit_parents: { label: 'Quan hệ trực thuộc của đơn vị', columns: {} },
  org_unit_names: { label: 'Tên của đơn vị theo thời gian', columns: {} },
  org_unit_successions: {
    label: 'Đơn vị kế thừa',
    columns: {
      predecessor_id: { label: 'Đơn vị tiền thân', ref: 'unit' },
      successor_id: { label: 'Đơn vị kế thừa', ref: 'unit' },
      basis_kind: { label: 'Loại văn bản căn cứ', values: LEGAL_BASIS_KIND_LABELS },
      basis_number: { label: 'Số văn bản căn cứ' },
      basis_date: { label: 'Ngày văn bản căn cứ' },
      basis_issuer: { label: 'Cơ quan ban hành văn bản căn cứ' },
    },
  },
  org_unit_changes: {
    label: 'Thay đổi trong danh mục đơn vị',
    columns: {
      change: {
        label: 'Thay đổi',
        values: {
          created: 'Thành lập',
          renamed: 'Đổi tên',
          reparented: 'Đổi đơn vị cấp trên',
          closed: 'Giải thể, sáp nhập',
        },
      },
      basis_kind: { label: 'Loại văn bản căn cứ', values: LEGAL_BASIS_KIND_LABELS },
      basis_number: { label: 'Số văn bản căn cứ' },
      basis_date: { label: 'Ngày văn bản căn cứ' },
      basis_issuer: { label: 'Cơ quan ban hành văn bản căn cứ' },
      details: { label: 'Chi tiết' },
    },
  },
  users: {
    label: 'Tài khoản người dùng',
    columns: {
      username: { label: 'Tên đăng nhập' },
      active: { label: 'Đang hoạt động' },
      org_unit_id: { label: 'Đơn vị công tác', ref: 'unit' },
      email: { label: 'Thư điện tử' },
      acting_org_unit_id: { label: 'Đơn vị đại diện (vai trò của đơn vị)', ref: 'unit' },
      must_change_password: { label: 'Phải đổi mật khẩu khi đăng nhập' },
      password_changed_at: { label: 'Đổi mật khẩu lúc' },
    },
  },
  user_roles: {
    label: 'Vai trò của tài khoản',
    columns: { role: { label: 'Vai trò', values: ROLE_LABELS } },
  },
  api_clients: {
    label: 'Hệ thống kết nối',
    columns: {
      name: { label: 'Tên hệ thống' },
      owner_org_unit_id: { label: 'Đơn vị quản lý', ref: 'unit' },
      contact: { label: 'Người liên hệ' },
      scopes: { label: 'Quyền truy cập', values: API_SCOPE_LABELS },
    },
  },
  api_client_tokens: {
    label: 'Mã truy cập của hệ thống kết nối',
    columns: {
      hint: { label: 'Ký tự đầu của mã' },
      replaces_token_id: { label: 'Thay cho mã', ref: 'record' },
      expires_at: { label: 'Hết hạn lúc' },
      retires_at: { label: 'Hết thời gian chuyển tiếp lúc' },
      revoked_at: { label: 'Thu hồi lúc' },
    },
  },
  report_templates: {
    label: 'Đề cương báo cáo',
    columns: { published_at: { label: 'Ban hành lúc' } },
  },
  report_template_items: {
    label: 'Mục của đề cương báo cáo',
    columns: {
      code: { label: 'Số mục' },
      parent_code: { label: 'Thuộc mục' },
      guidance: { label: 'Hướng dẫn' },
      required: { label: 'Bắt buộc' },
      figure_rules: { label: 'Ràng buộc số liệu' },
      position: { label: 'Thứ tự' },
    },
  },
  plans: {
    label: 'Kế hoạch kiểm tra',
    columns: {
      owner_org_unit_id: { label: 'Đơn vị ban hành kế hoạch', ref: 'unit' },
      status: { label: 'Trạng thái', values: PLAN_STATUS_LABELS },
      issuing_authority: { label: 'Cơ quan ban hành' },
      legal_bases: { label: 'Căn cứ' },
      proposal: { label: 'Đề nghị của' },
      window_start: { label: 'Kiểm tra từ ngày' },
      window_end: { label: 'Kiểm tra đến ngày' },
      purposes: { label: 'Mục đích' },
      requirements: { label: 'Yêu cầu' },
      forms: { label: 'Hình thức kiểm tra' },
      expected_target_count: { label: 'Số đối tượng dự kiến' },
      funding_note: { label: 'Kinh phí' },
      report_template_id: { label: 'Đề cương báo cáo', ref: 'record' },
      deadline_rules: { label: 'Thời hạn các bước' },
      deadline_reading: { label: 'Cách tính thời hạn', values: READING_LABELS },
      reminder_settings: { label: 'Nhắc việc, đôn đốc (số ngày làm việc)' },
      sub_unit_min: { label: 'Số xã kiểm tra tối thiểu' },
      sub_unit_max: { label: 'Số xã kiểm tra tối đa' },
      level: { label: 'Cấp kế hoạch', values: { province: 'Cấp tỉnh', lower: 'Sở, ngành, địa phương' } },
      copied_from_plan_id: { label: 'Sao từ kế hoạch', ref: 'plan' },
      discarded_at: { label: 'Hủy bản nháp lúc' },
    },
  },
  plan_contents: {
    label: 'Nội dung kiểm tra của kế hoạch',
    columns: {
      kind: { label: 'Loại nội dung', values: { area: 'Lĩnh vực', topic: 'Chuyên đề' } },
      position: { label: 'Thứ tự' },
    },
  },
  plan_member_agencies: {
    label: 'Cơ quan phối hợp của kế hoạch',
    columns: { is_police_unit: { label: 'Là đơn vị Công an' } },
  },
  teams: {
    label: 'Đoàn kiểm tra',
    columns: {
      kind: { label: 'Loại đoàn', values: TEAM_KIND_LABELS },
      decision_signer_office: { label: 'Chức danh người ký quyết định', values: SIGNER_OFFICE_LABELS },
    },
  },
  team_members: {
    label: 'Thành viên Đoàn kiểm tra',
    columns: { role: { label: 'Vai trò trong đoàn', values: TEAM_MEMBER_ROLE_LABELS } },
  },
  targets: {
    label: 'Đối tượng kiểm tra',
    columns: {
      target_group: { label: 'Nhóm đối tượng', values: TARGET_GROUP_LABELS },
      ad_hoc_decision_number: { label: 'Số văn bản chỉ đạo kiểm tra đột xuất' },
      ad_hoc_decision_date: { label: 'Ngày văn bản chỉ đạo kiểm tra đột xuất' },
      ad_hoc_ordered_by: { label: 'Người chỉ đạo kiểm tra đột xuất', values: SIGNER_OFFICE_LABELS },
    },
  },
  target_sub_units: { label: 'Xã được kiểm tra cùng đối tượng', columns: {} },
  inspections: {
    label: 'Cuộc kiểm tra',
    columns: {
      form: { label: 'Hình thức', values: INSPECTION_FORM_LABELS },
      status: { label: 'Trạng thái', values: INSPECTION_STATUS_LABELS },
      follow_up_of_inspection_id: { label: 'Kiểm tra lại cuộc kiểm tra', ref: 'record' },
      follow_up_kind: { label: 'Loại kiểm tra lại', values: FOLLOW_UP_KIND_LABELS },
    },
  },
  schedule_notices: {
    label: 'Thông báo lịch kiểm tra',
    columns: {
      number: { label: 'Số thông báo' },
      notice_date: { label: 'Ngày thông báo' },
      state: { label: 'Tình trạng', values: { current: 'Đang có hiệu lực', superseded: 'Đã được thay thế' } },
      amends_notice_id: { label: 'Sửa đổi thông báo', ref: 'record' },
      deadlines: { label: 'Thời hạn' },
    },
  },
  deadline_moves: {
    label: 'Thời hạn đã thay đổi',
    columns: {
      deadline_key: { label: 'Mã thời hạn' },
      label: { label: 'Thời hạn' },
      from_date: { label: 'Hạn cũ' },
      to_date: { label: 'Hạn mới' },
      cause: { label: 'Nguyên nhân', values: DEADLINE_MOVE_CAUSE_LABELS },
      actor_name: { label: 'Người thực hiện' },
      moved_at: { label: 'Thay đổi lúc' },
    },
  },
  official_schedules: {
    label: 'Lịch nghỉ chính thức',
    columns: { schedule: { label: 'Các ngày nghỉ, ngày làm bù' } },
  },
  law_holiday_rules: {
    label: 'Ngày lễ được bổ sung theo luật',
    columns: {
      name: { label: 'Tên ngày lễ' },
      month: { label: 'Tháng' },
      day: { label: 'Ngày' },
      status: { label: 'Tình trạng', values: LAW_HOLIDAY_STATUS_LABELS },
      valid_from: { label: 'Có hiệu lực từ ngày' },
      basis: { label: 'Căn cứ' },
    },
  },
  unit_reports: {
    label: 'Báo cáo của đơn vị',
    columns: {
      status: { label: 'Trạng thái', values: REPORT_STATUS_LABELS },
      first_submitted_at: { label: 'Gửi lần đầu lúc' },
      last_submitted_at: { label: 'Gửi lần cuối lúc' },
      timing: { label: 'Đúng hạn', values: { on_time: 'Đúng hạn', late: 'Muộn' } },
      working_days_late: { label: 'Số ngày làm việc muộn' },
      reopened_reason: { label: 'Lý do mở lại' },
    },
  },
  report_answers: {
    label: 'Nội dung báo cáo của đơn vị',
    columns: { narrative: { label: 'Nội dung' }, updated_by_name: { label: 'Người cập nhật' } },
  },
  report_system_figures: {
    label: 'Số liệu từ hệ thống',
    columns: {
      figure_key: { label: 'Chỉ tiêu' },
      value: { label: 'Giá trị' },
      source: { label: 'Nguồn' },
      recorded_at: { label: 'Ghi nhận lúc' },
      unit_comment: { label: 'Ý kiến của đơn vị' },
    },
  },
  report_attachments: {
    label: 'Tài liệu kèm theo báo cáo',
    columns: {
      file_name: { label: 'Tên tệp' },
      media_type: { label: 'Loại tệp' },
      size_bytes: { label: 'Dung lượng (byte)' },
      uploaded_by_name: { label: 'Người tải lên' },
    },
  },
  report_comments: {
    label: 'Ý kiến về báo cáo',
    columns: {
      author_user_id: { label: 'Người cho ý kiến', ref: 'user' },
      author_name: { label: 'Người cho ý kiến' },
    },
  },
  report_addition_requests: {
    label: 'Đề nghị bổ sung báo cáo',
    columns: {
      item_codes: { label: 'Các mục cần bổ sung' },
      requested_by_name: { label: 'Người đề nghị' },
      requested_at: { label: 'Đề nghị lúc' },
      resolved_at: { label: 'Đã bổ sung lúc' },
    },
  },
  inspection_minutes: {
    label: 'Biên bản kiểm tra',
    columns: {
      minutes_date: { label: 'Ngày lập biên bản' },
      attendees: { label: 'Thành phần tham dự' },
      agenda: { label: 'Nội dung làm việc' },
      discussion: { label: 'Ý kiến trao đổi' },
      leader_conclusion: { label: 'Kết luận của Trưởng đoàn' },
    },
  },
  findings: {
    label: 'Kết quả kiểm tra (ưu điểm, hạn chế, vi phạm)',
    columns: {
      area: { label: 'Lĩnh vực', values: FINDING_AREA_LABELS },
      kind: { label: 'Loại', values: FINDING_KIND_LABELS },
      severity: { label: 'Mức độ vi phạm', values: VIOLATION_SEVERITY_LABELS },
      responsibilities: { label: 'Trách nhiệm' },
    },
  },
  conclusions: {
    label: 'Thông báo kết luận kiểm tra',
    columns: {
      general_assessment: { label: 'Đánh giá chung' },
      notice_number: { label: 'Số thông báo kết luận' },
      notice_date: { label: 'Ngày thông báo kết luận' },
      issued_by: { label: 'Người ban hành', ref: 'user' },
    },
  },
  earlier_conclusions: { label: 'Kết luận kiểm tra trước đây', columns: {} },
  recommendations: {
    label: 'Kiến nghị',
    columns: {
      earlier_conclusion_id: { label: 'Kết luận trước đây', ref: 'record' },
      action: { label: 'Nội dung kiến nghị' },
      responsible: { label: 'Đơn vị, người chịu trách nhiệm' },
      finding_ids: { label: 'Kết quả kiểm tra liên quan' },
      status: { label: 'Trạng thái', values: RECOMMENDATION_STATUS_LABELS },
      return_reason: { label: 'Lý do trả lại' },
      done_on: { label: 'Hoàn thành ngày' },
      carry_over_reason: { label: 'Lý do chuyển kỳ sau' },
    },
  },
  remediation_reports: {
    label: 'Báo cáo kết quả khắc phục',
    columns: {
      state: { label: 'Kết quả', values: REMEDIATION_STATE_LABELS },
      actions_taken: { label: 'Việc đã làm' },
      evidence_refs: { label: 'Tài liệu chứng minh' },
      submitted_on: { label: 'Gửi ngày' },
      submitted_by: { label: 'Người gửi', ref: 'user' },
      decision: { label: 'Ý kiến của Đoàn', values: REMEDIATION_DECISION_LABELS },
      decision_reason: { label: 'Lý do' },
      decided_by: { label: 'Người cho ý kiến', ref: 'user' },
      decided_on: { label: 'Ngày cho ý kiến' },
    },
  },
  rounds: { label: 'Đợt kiểm tra', columns: { closed_on: { label: 'Kết thúc ngày' } } },
  summary_reports: {
    label: 'Báo cáo kết quả kiểm tra',
    columns: {
      status: { label: 'Trạng thái', values: { draft: 'Dự thảo', issued: 'Đã ban hành' } },
      proposals: { label: 'Đề xuất, kiến nghị' },
      signer_title: { label: 'Chức vụ người ký' },
      signer_name: { label: 'Người ký' },
    },
  },
  outgoing_register_counters: {
    label: 'Số văn bản đi đã cấp',
    columns: {
      issuer_org_unit_id: { label: 'Cơ quan ban hành', ref: 'unit' },
      kind: { label: 'Loại văn bản' },
      last_number: { label: 'Số cuối đã cấp' },
    },
  },
  outgoing_register: {
    label: 'Sổ đăng ký văn bản đi',
    columns: {
      issuer_org_unit_id: { label: 'Cơ quan ban hành', ref: 'unit' },
      kind: { label: 'Loại văn bản' },
      number: { label: 'Số' },
      symbol: { label: 'Ký hiệu' },
      document_type: { label: 'Văn bản', values: OUTGOING_DOCUMENT_TYPE_LABELS },
      document_id: { label: 'Văn bản', ref: 'record' },
      registered_by: { label: 'Người vào sổ', ref: 'user' },
      registered_at: { label: 'Vào sổ lúc' },
    },
  },
};

/** The label of an audited table; the name itself for a table the module does not know. */
export const auditTableLabel = (table: string): string => AUDIT_TABLES[table]?.label ?? table;

/** How to read a column of a table: its own meaning, the common one, hidden, or unknown (null). */
export function auditColumn(table: string, column: string): AuditColumn | 'hidden' | null {
  const own = AUDIT_TABLES[table]?.columns[column];
  if (own) return own;
  if (HIDDEN_AUDIT_COLUMNS.has(column)) return 'hidden';
  return COMMON_AUDIT_COLUMNS[column] ?? null;
}
