import { describe, expect, it } from 'vitest';
import { API_CALL_OUTCOME_LABELS, API_CALL_OUTCOMES, apiCallOutcome } from './api-calls.js';

describe('apiCallOutcome', () => {
  it.each([
    [200, 'ok'],
    [201, 'ok'],
    [304, 'not_modified'],
    [400, 'refused'],
    [401, 'refused'],
    [403, 'refused'],
    [404, 'refused'],
    [409, 'refused'],
    [422, 'refused'],
    [429, 'rate_limited'],
    [500, 'failed'],
    [503, 'failed'],
  ] as const)('reads %i as %s', (status, outcome) => {
    expect(apiCallOutcome(status)).toBe(outcome);
  });

  it('labels every outcome in Vietnamese', () => {
    expect(API_CALL_OUTCOMES.map((o) => API_CALL_OUTCOME_LABELS[o])).toEqual([
      'Thành công',
      'Thành công (dữ liệu không đổi)',
      'Bị từ chối',
      'Vượt giới hạn số lần gọi',
      'Lỗi hệ thống',
    ]);
  });
});
