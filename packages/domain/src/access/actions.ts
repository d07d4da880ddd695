export const ACTIONS = [
  'orgUnit.read',
  'plan.read',
  'plan.manage',
  'team.manage',
  'calendar.read',
  'calendar.manage',
  'inspection.read',
  'inspection.schedule',
  'inspection.record',
  'inspection.conclude',
  'report.read',
  'report.write',
  'remediation.write',
  'unitFigures.push',
  'results.read',
  'audit.read',
] as const;
export type Action = (typeof ACTIONS)[number];

export const ACTION_LABELS: Record<Action, string> = {
  'orgUnit.read': 'xem danh mục cơ quan, đơn vị',
  'plan.read': 'xem kế hoạch kiểm tra',
  'plan.manage': 'lập, sửa, ban hành kế hoạch kiểm tra',
  'team.manage': 'thành lập Đoàn kiểm tra',
  'calendar.read': 'xem lịch ngày làm việc',
  'calendar.manage': 'cập nhật lịch nghỉ',
  'inspection.read': 'xem cuộc kiểm tra',
  'inspection.schedule': 'lập lịch kiểm tra',
  'inspection.record': 'ghi biên bản, kết quả kiểm tra',
  'inspection.conclude': 'ban hành thông báo kết luận',
  'report.read': 'xem báo cáo của đơn vị',
  'report.write': 'soạn, gửi báo cáo của đơn vị',
  'remediation.write': 'báo cáo kết quả khắc phục',
  'unitFigures.push': 'ghi số liệu của đơn vị từ hệ thống',
  'results.read': 'xem kết quả kiểm tra',
  'audit.read': 'xem nhật ký thay đổi',
};

/** Actions that change nothing. A leadership viewer may do exactly these. */
export const READ_ACTIONS: ReadonlySet<Action> = new Set<Action>([
  'orgUnit.read',
  'plan.read',
  'calendar.read',
  'inspection.read',
  'report.read',
  'results.read',
  'audit.read',
]);
