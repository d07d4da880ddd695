import type { Role } from '@kiemtra/domain';

/** The four home pages; a person with several roles gets the first that applies, in this order. */
export type HomeView = 'administration' | 'team' | 'leadership' | 'unit';

const ORDER: readonly [HomeView, readonly Role[]][] = [
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
  administration: 'Điều hành kế hoạch kiểm tra',
  team: 'Các cuộc kiểm tra của Đoàn',
  leadership: 'Tổng quan tình hình kiểm tra',
  unit: 'Kiểm tra tại đơn vị',
};
