import { describe, expect, it } from 'vitest';
import { planAsAt } from './plan-as-at.js';

describe('planAsAt', () => {
  it('picks the units as at the decision date when the plan has one', () => {
    expect(planAsAt({ decisionDate: '2024-03-28', windowStart: '2024-04-01' })).toBe('2024-03-28');
  });

  it('falls back to the window start while the decision is not dated', () => {
    expect(planAsAt({ decisionDate: null, windowStart: '2025-04-01' })).toBe('2025-04-01');
  });
});
