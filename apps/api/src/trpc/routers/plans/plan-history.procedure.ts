import { listPlanHistory, type PlanHistoryEntry } from '@kiemtra/db';
import { planByIdInput } from '@kiemtra/domain';
import { planFor } from '../../../planning/plan-access.js';
import { authedProcedure } from '../../init.js';

const ENTITY_LABELS: Record<string, string> = {
  plans: 'Kế hoạch',
  plan_contents: 'Nội dung kiểm tra',
  plan_member_agencies: 'Cơ quan tham gia Đoàn kiểm tra',
  teams: 'Đoàn kiểm tra',
  team_members: 'Thành viên Đoàn kiểm tra',
  targets: 'Đối tượng kiểm tra',
  target_sub_units: 'Đơn vị cấp xã kèm theo',
  inspections: 'Cuộc kiểm tra',
  schedule_notices: 'Thông báo lịch kiểm tra',
};
const OPERATION_LABELS = { INSERT: 'Thêm', UPDATE: 'Sửa', DELETE: 'Xóa' } as const;
/** What each changed column is called in the plan's own words; an unknown column keeps its name. */
const FIELD_LABELS: Record<string, string> = {
  title: 'Tên',
  year: 'Năm',
  status: 'Trạng thái',
  decision_number: 'Số quyết định',
  decision_date: 'Ngày quyết định',
  decision_signer_name: 'Người ký',
  decision_signer_title: 'Chức danh người ký',
  decision_signer_office: 'Chức danh người ký quyết định thành lập Đoàn',
  window_start: 'Thời gian kiểm tra từ ngày',
  window_end: 'Thời gian kiểm tra đến ngày',
  purposes: 'Mục đích',
  requirements: 'Yêu cầu',
  forms: 'Hình thức kiểm tra',
  expected_target_count: 'Số đối tượng dự kiến',
  sub_unit_min: 'Số đơn vị cấp xã tối thiểu',
  sub_unit_max: 'Số đơn vị cấp xã tối đa',
  deadline_rules: 'Thời hạn',
  deadline_reading: 'Cách đọc thời hạn',
  funding_note: 'Kinh phí',
  name: 'Tên',
  kind: 'Loại',
  lead_agency_id: 'Cơ quan chủ trì',
  team_id: 'Đoàn kiểm tra',
  inspection_kind: 'Loại hình kiểm tra',
  target_group: 'Nhóm đối tượng',
  note: 'Ghi chú',
  form: 'Hình thức kiểm tra',
  place: 'Địa điểm',
  start_date: 'Ngày bắt đầu',
  end_date: 'Ngày kết thúc',
  visit_dates: 'Ngày kiểm tra',
  late_notice_reason: 'Lý do thông báo muộn',
  state: 'Hiệu lực',
  number: 'Số thông báo',
  notice_date: 'Ngày thông báo',
  recipients: 'Nơi nhận',
  full_name: 'Họ tên',
  position: 'Chức vụ',
  role: 'Vai trò',
  is_police_unit: 'Là Công an tỉnh',
};
/** Bookkeeping columns that change with every save and say nothing to a reader. */
const NOISE = new Set(['version', 'updated_at', 'created_at']);

/** What changed, field by field, between the row before and after. */
function changes(e: PlanHistoryEntry) {
  const keys = new Set([...Object.keys(e.before ?? {}), ...Object.keys(e.after ?? {})]);
  return [...keys]
    .filter((k) => !NOISE.has(k))
    .filter((k) => JSON.stringify(e.before?.[k] ?? null) !== JSON.stringify(e.after?.[k] ?? null))
    .map((field) => ({
      field,
      fieldLabel: FIELD_LABELS[field] ?? field,
      before: e.before?.[field] ?? null,
      after: e.after?.[field] ?? null,
    }));
}

/** The plan's history from the audit log, newest first: when, who, what changed, and why. */
export const planHistory = authedProcedure.input(planByIdInput).query(async ({ ctx, input }) => {
  const plan = await planFor(ctx.db, ctx.actor, 'audit.read', input.planId);
  const entries = await listPlanHistory(ctx.db, plan.id);
  return entries.map((e) => ({
    id: e.id,
    occurredAt: e.occurredAt,
    actorName: e.actorName ?? (e.actorKind === 'system' ? 'Hệ thống' : 'Không rõ'),
    operation: e.operation,
    operationLabel: OPERATION_LABELS[e.operation],
    entity: e.entity,
    entityLabel: ENTITY_LABELS[e.entity] ?? e.entity,
    entityId: e.entityId,
    reason: e.reason,
    changes: e.operation === 'UPDATE' ? changes(e) : [],
  }));
});
