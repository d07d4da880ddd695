import type { PlanForPlanning, RoundRecord, SummaryReportRecord } from '@kiemtra/db';
import { documentSummary, parseReference, type SummaryReportInput } from '@kiemtra/documents';
import type { SummaryDraft } from '@kiemtra/domain';
import { type PlanLetterheads, planDecisionText } from './letterhead.js';

/** The edited text of the report, one paragraph per non-empty line. */
const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

/**
 * The summary report of a round to UBND tỉnh (Báo cáo kết quả kiểm tra): the figures assembled from
 * the round's conclusions and the text Sở Nội vụ edited (or the generated draft before any save),
 * numbered and dated once issued.
 */
export function summaryReportSource(input: {
  plan: PlanForPlanning;
  round: RoundRecord;
  saved: SummaryReportRecord | null;
  draft: SummaryDraft;
  draftText: string;
  letterheads: PlanLetterheads;
}): SummaryReportInput {
  const { plan, round, saved, draft, letterheads } = input;
  const issued = saved?.status === 'issued' && saved.documentNumber && saved.issuedOn ? saved : null;
  return {
    frame: {
      issuer: { parent: letterheads.provinceLine, name: 'SỞ NỘI VỤ' },
      reference: issued
        ? parseReference(issued.documentNumber ?? '', 'BC-SNV')
        : { number: null, symbol: 'BC-SNV' },
      place: letterheads.place,
      date: issued?.issuedOn ?? null,
      draftYear: plan.year,
      recipients: ['UBND tỉnh (b/c)', 'Bộ Nội vụ'],
      archive: 'VT, CCHC',
      signer: { title: 'GIÁM ĐỐC', name: '(Ký, ghi rõ họ tên)' },
    },
    planTitle: plan.title,
    roundLabel: round.name,
    grounds: [planDecisionText(plan)],
    expectedTargetCount: plan.expectedTargetCount,
    ...documentSummary(draft),
    assessment: paragraphs(saved?.body ?? input.draftText),
  };
}
