import { describe, expect, it } from 'vitest';
import { assembleSummary } from './summary.js';
import { summaryDraftText } from './summary-text.js';
import { calendar, d, makeFinding, makeRecommendation } from './test-fixtures.js';

describe('summaryDraftText', () => {
  it('writes the units, the deadlines, the findings by area and the recommendations in Vietnamese', () => {
    const draft = assembleSummary({
      round: {
        id: 'd1',
        inspections: [
          {
            id: 'i1',
            unit: { id: 'ts', name: 'UBND huyện Tây Sơn' },
            status: 'concluded',
            dates: [d('2024-06-04')],
            conclusionNoticeSentOn: d('2024-06-14'),
            findings: [makeFinding(), makeFinding({ id: 'f2', kind: 'violation' })],
            recommendations: [makeRecommendation()],
          },
        ],
      },
      rules: [],
      calendar,
      today: d('2024-11-01'),
    });
    const text = summaryDraftText(draft, { teamName: 'Đoàn kiểm tra của Sở Nội vụ', roundName: 'Đợt 1' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('BÁO CÁO KẾT QUẢ KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH — Đợt 1');
    expect(lines).toContain('Kết thúc đợt kiểm tra: ngày 04/06/2024.');
    expect(lines).toContain('1. UBND huyện Tây Sơn');
    expect(lines).toContain('- Cải cách thủ tục hành chính: mặt đạt được 0, tồn tại, hạn chế 1, vi phạm 1.');
    expect(lines).toContain('- Chưa báo cáo khắc phục: 1.');
    expect(lines).toContain('- Khắc phục đúng hạn: 0; quá hạn khắc phục: 1.');
  });
});
