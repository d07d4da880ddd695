import type { Role } from '@kiemtra/domain';

/** The home pages; a person with several roles gets the first that applies, in this order. */
export type HomeView = 'system' | 'administration' | 'team' | 'leadership' | 'unit';

const ORDER: readonly [HomeView, readonly Role[]][] = [
  ['system', ['system_admin']],
  ['administration', ['plan_admin']],
  ['team', ['team_leader', 'inspector']],
  ['leadership', ['leadership_viewer']],
  ['unit', ['unit_reporter', 'unit_head']],
];

/**
 * Which home page a person sees, from their roles; the unit's view when no role matches, since it
 * shows the least.
 * @example homeViewOf(['inspector']) // 'team'
 */
export function homeViewOf(roles: readonly string[]): HomeView {
  for (const [view, needed] of ORDER) if (needed.some((r) => roles.includes(r))) return view;
  return 'unit';
}

export const HOME_HEADINGS: Record<HomeView, string> = {
  system: 'Quản trị hệ thống',
  administration: 'Điều hành kế hoạch kiểm tra',
  team: 'Các cuộc kiểm tra của Đoàn',
  leadership: 'Tổng quan tình hình kiểm tra',
  unit: 'Kiểm tra tại đơn vị',
};

export interface MenuLink {
  href: string;
  label: string;
}

const ALL_LINKS = {
  home: { href: '/', label: 'Trang chủ' },
  plans: { href: '/ke-hoach', label: 'Kế hoạch kiểm tra' },
  units: { href: '/don-vi', label: 'Đơn vị' },
  calendar: { href: '/lich', label: 'Lịch làm việc' },
  rounds: { href: '/dot-kiem-tra', label: 'Đợt kiểm tra' },
  accounts: { href: '/tai-khoan', label: 'Tài khoản' },
  apiClients: { href: '/he-thong-ket-noi', label: 'Hệ thống kết nối' },
  auditLog: { href: '/nhat-ky', label: 'Nhật ký thay đổi' },
  jobs: { href: '/he-thong/cong-viec', label: 'Công việc nền' },
  overview: { href: '/tong-quan', label: 'Tổng quan' },
} satisfies Record<string, MenuLink>;

/**
 * The main menu of a home view: only what the person can use. An inspected unit neither
 * browses the province's register of units nor runs rounds, so those are not offered to it.
 * @example menuLinks('unit').map((l) => l.label) // ['Trang chủ', 'Kế hoạch kiểm tra', 'Lịch làm việc']
 */
export function menuLinks(view: HomeView): MenuLink[] {
  const { home, plans, units, calendar, rounds, accounts, apiClients, auditLog, jobs, overview } = ALL_LINKS;
  // The system administrator keeps the register, the accounts and the systems' access, reads
  // the audit log (issue 11) and watches the background jobs (issue 15); it runs no plan.
  if (view === 'system') return [home, units, accounts, apiClients, auditLog, jobs, calendar];
  // Sở Nội vụ reads the audit log of its province (issue 11) and, with leadership, the overview.
  if (view === 'administration') return [home, overview, plans, units, calendar, rounds, auditLog];
  if (view === 'leadership') return [home, overview, plans, units, calendar, rounds];
  return view === 'unit' ? [home, plans, calendar] : [home, plans, units, calendar, rounds];
}
