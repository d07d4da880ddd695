/** Issue 16: how a call to /api/v1 ended, as the administrator reads it. */
export const API_CALL_OUTCOMES = ['ok', 'not_modified', 'refused', 'rate_limited', 'failed'] as const;
export type ApiCallOutcome = (typeof API_CALL_OUTCOMES)[number];

export const API_CALL_OUTCOME_LABELS: Record<ApiCallOutcome, string> = {
  ok: 'Thành công',
  not_modified: 'Thành công (dữ liệu không đổi)',
  refused: 'Bị từ chối',
  rate_limited: 'Vượt giới hạn số lần gọi',
  failed: 'Lỗi hệ thống',
};

/**
 * The outcome of a call by its HTTP status.
 * @example apiCallOutcome(304) // 'not_modified'
 */
export function apiCallOutcome(status: number): ApiCallOutcome {
  if (status === 304) return 'not_modified';
  if (status < 400) return 'ok';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'failed';
  return 'refused';
}

/** How many of its latest calls the administrator sees for a system. */
export const API_CALLS_SHOWN = 100;
