import { formatVietnamese } from '../calendar/local-date.js';
import {
  FINDING_KIND_LABELS,
  FINDING_KINDS,
  VIOLATION_SEVERITIES,
  VIOLATION_SEVERITY_LABELS,
} from './findings.js';
import { RECOMMENDATION_STATUS_LABELS, RECOMMENDATION_STATUSES } from './recommendations.js';
import type { ComplianceCount, SummaryDraft } from './summary.js';

const COMPLIANCE_LABELS = {
  SCHEDULE_NOTICE: 'Thông báo lịch kiểm tra',
  UNIT_REPORT: 'Báo cáo của đơn vị',
  CONCLUSION_NOTICE: 'Thông báo kết luận kiểm tra',
} as const;

const compliance = (c: ComplianceCount) =>
  `đúng hạn ${c.onTime}, trễ hạn ${c.late}, quá hạn chưa thực hiện ${c.missed}, chưa đến hạn ${c.pending}`;

/**
 * The first draft of a round's summary report to UBND tỉnh (seed III.2.e), in words, from the
 * assembled figures; Sở Nội vụ edits it before issuing.
 * @example summaryDraftText(draft, { teamName: 'Đoàn kiểm tra …', roundName: 'Đợt 1' }).split('\n')[0]
 *   // 'BÁO CÁO KẾT QUẢ KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH — Đợt 1'
 */
export function summaryDraftText(
  draft: SummaryDraft,
  context: { teamName: string; roundName: string },
): string {
  const lines: string[] = [];
  lines.push(`BÁO CÁO KẾT QUẢ KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH — ${context.roundName}`);
  lines.push(`${context.teamName}.`);
  if (draft.roundEnd !== undefined)
    lines.push(`Kết thúc đợt kiểm tra: ngày ${formatVietnamese(draft.roundEnd)}.`);
  lines.push('');
  lines.push(`I. CÁC CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG ĐÃ KIỂM TRA (${draft.unitsInspected.length})`);
  draft.unitsInspected.forEach((u, i) => {
    lines.push(`${i + 1}. ${u.name}`);
  });
  if (draft.inspectionsNotConcluded.length > 0) {
    lines.push(`Còn ${draft.inspectionsNotConcluded.length} cuộc kiểm tra chưa ban hành kết luận.`);
  }
  lines.push('');
  lines.push('II. VIỆC THỰC HIỆN CÁC THỜI HẠN');
  for (const [code, label] of Object.entries(COMPLIANCE_LABELS)) {
    lines.push(
      `- ${label}: ${compliance(draft.deadlineCompliance[code as keyof typeof COMPLIANCE_LABELS])}.`,
    );
  }
  lines.push('');
  lines.push('III. KẾT QUẢ KIỂM TRA THEO LĨNH VỰC');
  for (const a of draft.findingsByArea) {
    const counts = FINDING_KINDS.map((k) => `${FINDING_KIND_LABELS[k].toLowerCase()} ${a.counts[k]}`).join(
      ', ',
    );
    lines.push(`- ${a.label}: ${counts}.`);
  }
  const severities = VIOLATION_SEVERITIES.map(
    (s) => `${VIOLATION_SEVERITY_LABELS[s].toLowerCase()} ${draft.violationsBySeverity[s]}`,
  ).join(', ');
  lines.push(`Vi phạm theo mức độ: ${severities}.`);
  lines.push('');
  lines.push(`IV. KIẾN NGHỊ VÀ VIỆC KHẮC PHỤC (${draft.recommendations.total} kiến nghị)`);
  for (const s of RECOMMENDATION_STATUSES) {
    lines.push(`- ${RECOMMENDATION_STATUS_LABELS[s]}: ${draft.recommendations.byStatus[s]}.`);
  }
  lines.push(
    `- Khắc phục đúng hạn: ${draft.recommendations.remediatedOnTime}; quá hạn khắc phục: ${draft.recommendations.overdue}.`,
  );
  lines.push('');
  lines.push('V. ĐỀ XUẤT, KIẾN NGHỊ');
  return lines.join('\n');
}
