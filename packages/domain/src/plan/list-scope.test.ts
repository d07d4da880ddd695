import { describe, expect, it } from 'vitest';
import { currentPlanYear, DEFAULT_LIST_PAGE, inspectionListInput, MAX_LIST_PAGE } from './list-scope.js';

describe('currentPlanYear', () => {
  it('shows this year when a plan has it', () => {
    expect(currentPlanYear([2024, 2025, 2026], 2026)).toBe(2026);
  });
  it('shows the newest earlier year when this year has no plan yet (the 2024 demo seen in 2026)', () => {
    expect(currentPlanYear([2015, 2020, 2024], 2026)).toBe(2024);
  });
  it('ignores a plan drafted for next year while this year has one', () => {
    expect(currentPlanYear([2026, 2027], 2026)).toBe(2026);
  });
  it('shows the earliest planned year when every plan is in the future', () => {
    expect(currentPlanYear([2028, 2027], 2026)).toBe(2027);
  });
  it('has no year without plans', () => {
    expect(currentPlanYear([], 2026)).toBeNull();
  });
});

describe('inspectionListInput', () => {
  it('defaults to the current year, one page of the default size', () => {
    expect(inspectionListInput.parse(undefined)).toEqual({ limit: DEFAULT_LIST_PAGE });
  });
  it('refuses a page larger than the maximum, in Vietnamese', () => {
    const result = inspectionListInput.safeParse({ limit: MAX_LIST_PAGE + 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(`Mỗi trang có nhiều nhất ${MAX_LIST_PAGE} dòng.`);
  });
  it('refuses an unknown status and a year out of range', () => {
    expect(inspectionListInput.safeParse({ statuses: ['lost'] }).success).toBe(false);
    expect(inspectionListInput.safeParse({ year: 1999 }).error?.issues[0]?.message).toBe(
      'Năm phải từ 2000 trở đi.',
    );
  });
  it('refuses an oversized cursor', () => {
    expect(inspectionListInput.safeParse({ cursor: 'x'.repeat(401) }).success).toBe(false);
  });
});
