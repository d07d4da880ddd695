import type { PlanForPlanning, RoundRecord, SummaryReportRecord } from '@kiemtra/db';
import { documentSummary, parseReference, type SummaryReportInput, summaryDetails } from '@kiemtra/documents';
import { type LocalDate, type SummaryDraft, type SummaryInspection, toIsoDate } from '@kiemtra/domain';
import { type PlanLetterheads, planDecisionText, roundLabelOf } from './letterhead.js';

/** The edited text of the report, one paragraph per non-empty line. */
const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

/**
 * The summary report of a round to UBND tỉnh (Báo cáo kết quả kiểm tra): the figures and the
 * findings assembled from the round's conclusions, the assessment and the proposals Sở Nội vụ
 * wrote, signed by whom it recorded, numbered and dated once issued.
 */
export function summaryReportSource(input: {
  plan: PlanForPlanning;
  round: RoundRecord;
  saved: SummaryReportRecord | null;
  draft: SummaryDraft;
  inspections: readonly SummaryInspection[];
  today: LocalDate;
  letterheads: PlanLetterheads;
}): SummaryReportInput {
  const { plan, round, saved, draft, letterheads } = input;
  const issued = saved?.status === 'issued' && saved.documentNumber && saved.issuedOn ? saved : null;
  const firstDay = input.inspections
    .flatMap((i) => i.dates)
    .reduce<LocalDate | undefined>((a, b) => (a === undefined || b < a ? b : a), undefined);
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
      signer: {
        title: (saved?.signerTitle || 'GIÁM ĐỐC').replace(/\r\n?/g, '\n'),
        name: saved?.signerName || '……………………',
      },
    },
    planTitle: plan.title,
    roundLabel: roundLabelOf(round.name, plan.year),
    teamName: round.teamName,
    grounds: [planDecisionText(plan)],
    expectedTargetCount: plan.expectedTargetCount,
    ...(firstDay === undefined ? {} : { roundStart: toIsoDate(firstDay) }),
    ...documentSummary(draft),
    ...summaryDetails(draft, input.inspections, input.today),
    assessment: paragraphs(saved?.body ?? ''),
    proposals: paragraphs(saved?.proposals ?? ''),
  };
}
