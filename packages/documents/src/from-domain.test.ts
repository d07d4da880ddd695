import {
  assembleSummary,
  buildCalendar,
  DEFAULT_DEADLINE_RULES_2024,
  OFFICIAL_SCHEDULES,
  parseIsoDate,
  type Recommendation,
  type SummaryInspection,
} from '@kiemtra/domain';
import { describe, expect, it } from 'vitest';
import { conclusionNoticeDocx } from './documents/conclusion-notice.js';
import { summaryReportDocx } from './documents/summary-report.js';
import { documentFindings, documentRecommendations, documentSummary, summaryDetails } from './from-domain.js';
import { makeFrame } from './testing/fixtures.js';
import { plausibleConclusion } from './testing/plausible-conclusions.js';
import { openDocx } from './testing/read-docx.js';

const d = parseIsoDate;

describe('from the domain to the documents', () => {
  it("prints a conclusion from the domain's findings and recommendation drafts as they are", async () => {
    const { findings, recommendations } = plausibleConclusion({
      index: 3,
      thematic: false,
      concludedOn: d('2024-05-22'),
    });
    const bytes = await conclusionNoticeDocx({
      frame: makeFrame({ reference: { number: '25', symbol: 'TB-ĐKT' } }),
      unitName: 'Sở Lao động – Thương binh và Xã hội',
      teamName: 'Đoàn kiểm tra',
      grounds: ['Kế hoạch kiểm tra công tác cải cách hành chính năm 2024'],
      inspectionDates: ['2024-05-16'],
      findings: documentFindings(findings),
      recommendations: documentRecommendations(recommendations),
      remediationReportTo: 'Sở Nội vụ',
    });
    const text = openDocx(bytes).text;
    expect(documentRecommendations(recommendations)[0]?.dueDate).toBe('2024-06-21');
    expect(text).toContain('thời hạn hoàn thành: 21/06/2024');
    expect(text).toContain('(mức độ: ít nghiêm trọng)');
    expect(text).toContain(
      'Trách nhiệm thuộc về Văn phòng cơ quan (tham mưu, theo dõi); Công chức đầu mối CCHC (chưa kịp thời cập nhật).',
    );
  });

  it("prints the summary report from assembleSummary's draft", async () => {
    const { findings, recommendations } = plausibleConclusion({
      index: 0,
      thematic: false,
      concludedOn: d('2024-05-20'),
    });
    const tracked: Recommendation[] = recommendations.map((r) => ({ ...r, state: { status: 'open' } }));
    const inspections: SummaryInspection[] = [
      {
        id: 'i1',
        unit: { id: 'u1', name: 'Sở Kế hoạch và Đầu tư' },
        status: 'concluded',
        dates: [d('2024-05-07')],
        scheduleNoticeSentOn: d('2024-04-19'),
        unitReport: { firstSubmittedOn: d('2024-04-29'), awaitingResubmission: false },
        conclusionNoticeSentOn: d('2024-05-20'),
        findings,
        recommendations: tracked,
      },
    ];
    const draft = assembleSummary({
      round: { id: 'dot-1', inspections },
      units: [{ id: 'u2', name: 'Cục Hải quan Bình Định' }],
      rules: DEFAULT_DEADLINE_RULES_2024,
      calendar: buildCalendar({ schedules: OFFICIAL_SCHEDULES }),
      today: d('2024-10-25'),
    });
    const data = documentSummary(draft);
    expect(data.roundEnd).toBe('2024-05-07');
    const text = openDocx(
      await summaryReportDocx({
        frame: makeFrame({ reference: { number: '310', symbol: 'BC-SNV' } }),
        planTitle: 'Kế hoạch kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024',
        roundLabel: 'đợt 1 năm 2024',
        expectedTargetCount: 22,
        ...data,
        ...summaryDetails(draft, inspections, d('2024-10-25')),
      }),
    ).text;
    expect(text).toContain('Số cơ quan, đơn vị, địa phương đã kiểm tra: 1 trên tổng số 22');
    expect(text).toContain('Thời gian kiểm tra: kết thúc ngày 07/05/2024.');
    // The conclusions' own words, unit by unit; the open recommendations past due flagged.
    for (const f of findings) expect(text).toContain(f.description.replace(/[.;\s]+$/, ''));
    expect(text).toContain('Sở Kế hoạch và Đầu tư: ');
    expect(text).toContain('(quá hạn)');
    expect(text).toContain('Cục Hải quan Bình Định');
    expect(text).toContain(`Tổng số kiến nghị: ${recommendations.length};`);
  });
});
