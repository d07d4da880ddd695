import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIST_PAGE,
  inspectionListInput,
  isInspectionFinished,
  isPlanCurrent,
  MAX_LIST_PAGE,
} from './list-scope.js';
import { INSPECTION_STATUSES } from './vocabulary.js';

describe('isPlanCurrent', () => {
  it('keeps a past plan current while a visit is still to finish (the 2024 demo seen in 2026)', () => {
    expect(isPlanCurrent({ year: 2024, hasVisits: true, hasUnfinishedVisits: true }, 2026)).toBe(true);
  });
  it('leaves out a past plan whose every visit is closed or cancelled', () => {
    expect(isPlanCurrent({ year: 2019, hasVisits: true, hasUnfinishedVisits: false }, 2026)).toBe(false);
  });
  it('keeps this year’s and next year’s plans, even finished', () => {
    expect(isPlanCurrent({ year: 2026, hasVisits: true, hasUnfinishedVisits: false }, 2026)).toBe(true);
    expect(isPlanCurrent({ year: 2027, hasVisits: false, hasUnfinishedVisits: false }, 2026)).toBe(true);
  });
  it('keeps a plan being built, which has no visit yet', () => {
    expect(isPlanCurrent({ year: 2025, hasVisits: false, hasUnfinishedVisits: false }, 2026)).toBe(true);
  });
});

describe('isInspectionFinished', () => {
  it('counts only closed and cancelled visits as finished', () => {
    expect(INSPECTION_STATUSES.filter(isInspectionFinished)).toEqual(['closed', 'cancelled']);
  });
});

describe('inspectionListInput', () => {
  it('defaults to the current plans, one page of the default size', () => {
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
