export const ROLES = [
  'system_admin',
  'plan_admin',
  'unit_plan_admin',
  'team_leader',
  'inspector',
  'unit_reporter',
  'unit_head',
  'leadership_viewer',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  system_admin: 'Quản trị hệ thống',
  plan_admin: 'Quản trị kế hoạch (Sở Nội vụ)',
  unit_plan_admin: 'Quản trị kế hoạch kiểm tra của sở, ngành, địa phương',
  team_leader: 'Trưởng đoàn kiểm tra',
  inspector: 'Thành viên Đoàn kiểm tra',
  unit_reporter: 'Công chức đầu mối CCHC của đơn vị',
  unit_head: 'Thủ trưởng đơn vị được kiểm tra',
  leadership_viewer: 'Lãnh đạo UBND tỉnh',
};

/** What another provincial system may do with its token. */
export const API_SCOPES = [
  'org-units:read',
  'plans:read',
  'inspections:read',
  'calendar:read',
  'results:read',
  'unit-figures:write',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const API_SCOPE_LABELS: Record<ApiScope, string> = {
  'org-units:read': 'Đọc danh mục cơ quan, đơn vị',
  'plans:read': 'Đọc kế hoạch kiểm tra',
  'inspections:read': 'Đọc thông tin các cuộc kiểm tra',
  'calendar:read': 'Đọc lịch ngày làm việc',
  'results:read': 'Đọc kết quả kiểm tra phục vụ xếp hạng',
  'unit-figures:write': 'Ghi số liệu của đơn vị từ hệ thống',
};
