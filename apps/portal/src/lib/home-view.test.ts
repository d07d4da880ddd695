import { describe, expect, it } from 'vitest';
import { HOME_HEADINGS, homeViewOf } from './home-view.js';

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
