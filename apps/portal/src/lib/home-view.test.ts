import { describe, expect, it } from 'vitest';
import { HOME_HEADINGS, homeViewOf, menuLinks } from './home-view.js';

describe('homeViewOf', () => {
  it('gives each role its home page', () => {
    expect(homeViewOf(['plan_admin'])).toBe('administration');
    expect(homeViewOf(['team_leader'])).toBe('team');
    expect(homeViewOf(['inspector'])).toBe('team');
    expect(homeViewOf(['leadership_viewer'])).toBe('leadership');
    expect(homeViewOf(['unit_reporter'])).toBe('unit');
    expect(homeViewOf(['unit_head'])).toBe('unit');
  });

  it('prefers the administrator view for a person who also sits on a team', () => {
    expect(homeViewOf(['inspector', 'plan_admin'])).toBe('administration');
  });

  it('falls back to the unit view, which shows the least, when no role matches', () => {
    expect(homeViewOf([])).toBe('unit');
  });

  it('titles the team page as the journeys expect', () => {
    expect(HOME_HEADINGS.team).toBe('Các cuộc kiểm tra của Đoàn');
  });
});

describe('the system administrator', () => {
  it('has its own home page and menu, with the accounts, the register, the systems’ access, the audit log and the background jobs but no plan', () => {
    expect(homeViewOf(['system_admin'])).toBe('system');
    expect(homeViewOf(['plan_admin', 'system_admin'])).toBe('system');
    expect(menuLinks('system').map((l) => l.href)).toEqual([
      '/',
      '/don-vi',
      '/tai-khoan',
      '/he-thong-ket-noi',
      '/nhat-ky',
      '/he-thong/cong-viec',
      '/lich',
    ]);
    expect(menuLinks('administration').map((l) => l.href)).not.toContain('/tai-khoan');
    expect(menuLinks('administration').map((l) => l.href)).not.toContain('/he-thong/cong-viec');
  });
});

describe('menuLinks', () => {
  it('offers an inspected unit only what it can use', () => {
    expect(menuLinks('unit').map((l) => l.href)).toEqual(['/', '/ke-hoach', '/lich']);
  });

  it('offers the teams the units and the rounds too', () => {
    expect(menuLinks('team').map((l) => l.href)).toEqual([
      '/',
      '/ke-hoach',
      '/don-vi',
      '/lich',
      '/dot-kiem-tra',
    ]);
  });

  it('offers leadership the overview (Tổng quan), the units and the rounds', () => {
    expect(menuLinks('leadership').map((l) => l.href)).toEqual([
      '/',
      '/tong-quan',
      '/ke-hoach',
      '/don-vi',
      '/lich',
      '/dot-kiem-tra',
    ]);
  });

  it('offers Sở Nội vụ the overview and the audit log of its province as well', () => {
    expect(menuLinks('administration').map((l) => l.href)).toEqual([
      '/',
      '/tong-quan',
      '/ke-hoach',
      '/don-vi',
      '/lich',
      '/dot-kiem-tra',
      '/nhat-ky',
    ]);
  });
});
