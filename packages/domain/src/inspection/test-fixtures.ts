import { parseIsoDate } from '../calendar/local-date.js';
import { OFFICIAL_SCHEDULES } from '../calendar/official-schedules.js';
import { buildCalendar } from '../calendar/working-calendar.js';
import type { FindingFacts } from './findings.js';
import type { Recommendation, RecommendationState } from './recommendations.js';

/** Test data only: the official 2024 calendar and factories for findings and recommendations. */
export const calendar = buildCalendar({ schedules: OFFICIAL_SCHEDULES, fromYear: 2020, toYear: 2030 });
export const d = parseIsoDate;

export const makeFinding = (overrides: Partial<FindingFacts> = {}): FindingFacts => ({
  id: 'f1',
  area: 'A3',
  kind: 'shortcoming',
  description: 'Tỷ lệ hồ sơ trực tuyến toàn trình thấp',
  responsibilities: [{ holder: 'Văn phòng HĐND và UBND huyện' }],
  ...overrides,
});

export const makeRecommendation = (
  overrides: Partial<Omit<Recommendation, 'state'>> & { state?: RecommendationState } = {},
): Recommendation => ({
  id: 'r1',
  action: 'Rà soát, công khai đầy đủ thủ tục hành chính',
  responsible: 'Chủ tịch UBND huyện Tây Sơn',
  dueDate: d('2024-10-31'),
  state: { status: 'open' },
  ...overrides,
});

export const messagesOf = (r: { ok: true } | { ok: false; issues: readonly { message: string }[] }) =>
  r.ok ? [] : r.issues.map((i) => i.message);
export const codesOf = (r: { ok: true } | { ok: false; issues: readonly { code: string }[] }) =>
  r.ok ? [] : r.issues.map((i) => i.code);
