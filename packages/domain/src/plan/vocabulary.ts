export const INSPECTION_KINDS = ['comprehensive', 'thematic', 'ad_hoc'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];
export const INSPECTION_KIND_LABELS: Record<InspectionKind, string> = {
  comprehensive: 'Kiểm tra toàn diện',
  thematic: 'Kiểm tra chuyên đề',
  ad_hoc: 'Kiểm tra đột xuất',
};

export const INSPECTION_FORMS = ['on_site', 'desk'] as const;
export type InspectionForm = (typeof INSPECTION_FORMS)[number];
export const INSPECTION_FORM_LABELS: Record<InspectionForm, string> = {
  on_site: 'Kiểm tra trực tiếp tại cơ quan, đơn vị theo lịch thông báo',
  desk: 'Kiểm tra qua báo cáo, kết hợp với kiểm tra qua hệ thống thông tin của cơ quan quản lý',
};

/** The workflow's states; the transitions arrive with the workflow. */
export const INSPECTION_STATUSES = [
  'planned',
  'scheduled',
  'notified',
  'in_progress',
  'concluded',
  'closed',
  'cancelled',
] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];
export const INSPECTION_STATUS_LABELS: Record<InspectionStatus, string> = {
  planned: 'Dự kiến',
  scheduled: 'Đã lên lịch',
  notified: 'Đã thông báo',
  in_progress: 'Đang kiểm tra',
  concluded: 'Đã kết luận',
  closed: 'Đã kết thúc',
  cancelled: 'Đã hủy',
};

/** The groups of section III.1 of the seed plan. */
export const TARGET_GROUPS = [
  'provincial_agencies',
  'central_agencies',
  'district_comprehensive',
  'district_thematic',
  'land_registration_branches',
  'ad_hoc',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export const TARGET_GROUP_LABELS: Record<TargetGroup, string> = {
  provincial_agencies: 'Khối cơ quan thuộc tỉnh',
  central_agencies: 'Khối cơ quan Trung ương trên địa bàn tỉnh',
  district_comprehensive: 'Khối Ủy ban nhân dân cấp huyện',
  district_thematic: 'Kiểm tra chuyên đề công tác giải quyết thủ tục hành chính',
  land_registration_branches: 'Chi nhánh Văn phòng Đăng ký đất đai',
  ad_hoc: 'Kiểm tra đột xuất',
};

export const PLAN_STATUSES = ['draft', 'published'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Dự thảo',
  published: 'Đã ban hành',
};

export const TEAM_MEMBER_ROLES = ['leader', 'deputy_leader', 'member', 'secretary', 'press'] as const;
export type TeamMemberRole = (typeof TEAM_MEMBER_ROLES)[number];
export const TEAM_MEMBER_ROLE_LABELS: Record<TeamMemberRole, string> = {
  leader: 'Trưởng đoàn',
  deputy_leader: 'Phó Trưởng đoàn',
  member: 'Thành viên',
  secretary: 'Thư ký',
  press: 'Phóng viên (mời tham gia)',
};
