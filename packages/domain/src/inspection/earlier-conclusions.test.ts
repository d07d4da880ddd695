import { describe, expect, it } from 'vitest';
import { checkInspectionClosable } from './closure.js';
import {
  checkEarlierConclusion,
  type EarlierConclusionInput,
  earlierConclusionSchema,
  recommendationsToCheck,
  trackEarlierRecommendations,
} from './earlier-conclusions.js';
import { codesOf, d, makeRecommendation, messagesOf } from './test-fixtures.js';

const input2022: EarlierConclusionInput = {
  id: 'kl-2022',
  unitId: 'ts',
  year: 2022,
  issuer: 'Sở Nội vụ',
  documentNumber: '112/TB-SNV',
  date: '2022-10-05',
  recommendations: [
    {
      id: 'e1',
      action: 'Kiện toàn bộ phận một cửa',
      responsible: 'UBND huyện Tây Sơn',
      dueDate: '2022-12-31',
    },
    { id: 'e2', action: 'Ban hành quy chế', responsible: 'UBND huyện Tây Sơn', remediatedBeforeEntry: true },
  ],
};
const c2022 = earlierConclusionSchema.parse(input2022);

describe('earlierConclusionSchema', () => {
  it('parses a conclusion from 2022 with its recommendations', () => {
    expect(c2022.date).toBe(d('2022-10-05'));
    expect(c2022.recommendations.map((r) => r.remediatedBeforeEntry)).toEqual([false, true]);
  });

  it('refuses a malformed document number, in Vietnamese', () => {
    const r = earlierConclusionSchema.safeParse({ ...input2022, documentNumber: 'số 112' });
    expect(r.error?.issues[0]?.message).toBe('Số văn bản phải có dạng số/ký hiệu, ví dụ 123/TB-UBND.');
  });
});

describe('checkEarlierConclusion', () => {
  it('accepts a conclusion of an earlier year', () => {
    expect(checkEarlierConclusion(c2022, { inspectionYear: 2024 })).toEqual({ ok: true });
  });

  it('refuses one of this year, one dated before its year, one without recommendations', () => {
    const r = checkEarlierConclusion(
      { year: 2024, date: d('2023-12-20'), recommendations: [] },
      { inspectionYear: 2024 },
    );
    expect(codesOf(r)).toEqual([
      'earlier_conclusion_not_earlier',
      'earlier_conclusion_dated_before_year',
      'earlier_conclusion_no_recommendations',
    ]);
    expect(messagesOf(r)).toEqual([
      'Kết luận kiểm tra năm 2024 không phải của năm trước năm 2024; hãy nhập kết luận của các năm trước (ví dụ 2021–2023).',
      'Ngày thông báo kết luận (20/12/2023) không thể trước năm kiểm tra 2024; hãy sửa ngày hoặc năm.',
      'Hãy nhập ít nhất một kiến nghị của kết luận để theo dõi việc khắc phục.',
    ]);
  });
});

describe('joining the remediation check', () => {
  const tracked = trackEarlierRecommendations(c2022);

  it('tracks the recommendations not already remediated, open, with their origin', () => {
    expect(tracked).toEqual([
      {
        id: 'e1',
        action: 'Kiện toàn bộ phận một cửa',
        responsible: 'UBND huyện Tây Sơn',
        dueDate: d('2022-12-31'),
        origin: { kind: 'earlier_conclusion', conclusionId: 'kl-2022', year: 2022 },
        state: { status: 'open' },
      },
    ]);
  });

  it("adds the unit's earlier years, oldest first, and leaves out other units and later years", () => {
    const own = [makeRecommendation({ id: 'r1' })];
    const joined = recommendationsToCheck({
      inspection: { unitId: 'ts', year: 2024 },
      own,
      earlier: [
        { unitId: 'ts', year: 2023, recommendations: [makeRecommendation({ id: 'e23' })] },
        { unitId: 'ts', year: 2022, recommendations: tracked },
        { unitId: 'pc', year: 2022, recommendations: [makeRecommendation({ id: 'other-unit' })] },
        { unitId: 'ts', year: 2024, recommendations: [makeRecommendation({ id: 'same-year' })] },
      ],
    });
    expect(joined.map((r) => r.id)).toEqual(['r1', 'e1', 'e23']);
  });

  it('keeps the inspection open until the earlier recommendations are settled too', () => {
    const own = [makeRecommendation({ id: 'r1', state: { status: 'done' } })];
    const recs = recommendationsToCheck({
      inspection: { unitId: 'ts', year: 2024 },
      own,
      earlier: [{ unitId: 'ts', year: 2022, recommendations: tracked }],
    });
    const r = checkInspectionClosable({ recommendations: recs });
    expect(r.ok === false && r.issues.map((i) => i.itemIds)).toEqual([['e1']]);
  });
});
