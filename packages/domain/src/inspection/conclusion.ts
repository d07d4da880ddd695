import { localDateSchema } from '../calendar/date-input.js';
import { formatVietnamese, type LocalDate } from '../calendar/local-date.js';
import { INSPECTION_STATUS_LABELS, type InspectionStatus } from '../plan/vocabulary.js';
import { z } from '../validation/zod-vi.js';
import { FINDING_AREA_LABELS } from './content-areas.js';
import { FINDING_KIND_LABELS, type FindingFacts, findingsMissingResponsibility } from './findings.js';
import {
  type InspectionIssue,
  type InspectionResult,
  inspectionIssue,
  inspectionResultOf,
  messageQuote,
} from './inspection-issue.js';
import type { RecommendationDraft } from './recommendations.js';

export type ConclusionIssueCode =
  | 'conclusion_status'
  | 'conclusion_no_inspection_date'
  | 'conclusion_before_inspection'
  | 'conclusion_notice_before_inspection'
  | 'conclusion_notice_in_future'
  | 'conclusion_notice_number_invalid'
  | 'conclusion_no_findings'
  | 'conclusion_finding_responsibility_missing'
  | 'recommendation_action_missing'
  | 'recommendation_responsible_missing'
  | 'recommendation_due_date_missing'
  | 'recommendation_due_before_notice';

/**
 * A notice number as Decree 30/2020 writes it: number, '/TB-', the issuer's abbreviation in
 * capitals, Vietnamese letters included: '25/TB-ĐKT', '112/TB-SNV', '7/TB-VPUBND-KSTT'.
 */
export const CONCLUSION_NOTICE_NUMBER = /^\d+\/TB-[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*$/u;
const NUMBER_FORMAT_MESSAGE = 'Số thông báo kết luận phải có dạng số/TB-cơ quan, ví dụ 25/TB-ĐKT.';

/**
 * Whether a text is a well-formed conclusion notice number (after trimming).
 * @example isConclusionNoticeNumber('25/TB-ĐKT') // true
 */
export function isConclusionNoticeNumber(text: string): boolean {
  return CONCLUSION_NOTICE_NUMBER.test(text.trim());
}

/** zod schema of the conclusion notice as the team leader records it; the date is yyyy-mm-dd. */
export const conclusionNoticeSchema = z.object({
  number: z
    .string({ error: 'Hãy nhập số thông báo kết luận.' })
    .trim()
    .min(1, { error: 'Hãy nhập số thông báo kết luận.' })
    .regex(CONCLUSION_NOTICE_NUMBER, { error: NUMBER_FORMAT_MESSAGE }),
  date: localDateSchema,
});
export type ConclusionNotice = z.output<typeof conclusionNoticeSchema>;

/** A conclusion is issued from an inspection under way (the workflow of inspection-workflow.ts). */
const ISSUABLE_FROM: InspectionStatus = 'in_progress';

/**
 * Whether the team leader may issue the conclusion notice: the inspection is under way, its last
 * on-site day has come (seed III.2.d counts from the inspection date: no conclusion before it),
 * every shortcoming and violation names its responsible individuals or collectives (seed I.2),
 * every recommendation says what, who and by when, due no earlier than the notice (III.2.đ), and
 * the notice is numbered and dated. Every reason is given at once.
 * @example checkConclusionIssuable({ inspection: { lastOnSiteDay: d('2024-08-28'), status: 'in_progress' },
 *   findings, recommendations, notice: { number: '25/TB-ĐKT', date: d('2024-09-13') }, today: d('2024-09-13') })
 *   // { ok: true }
 */
export function checkConclusionIssuable(input: {
  inspection: { lastOnSiteDay: LocalDate | undefined; status: InspectionStatus };
  findings: readonly FindingFacts[];
  recommendations: readonly RecommendationDraft[];
  notice: { number: string; date: LocalDate };
  today: LocalDate;
}): InspectionResult<ConclusionIssueCode> {
  const { inspection, findings, recommendations, notice, today } = input;
  const issues: InspectionIssue<ConclusionIssueCode>[] = [];

  if (inspection.status !== ISSUABLE_FROM) {
    const label = INSPECTION_STATUS_LABELS[inspection.status];
    issues.push(
      inspectionIssue(
        'conclusion_status',
        `Cuộc kiểm tra ở trạng thái "${label}"; chỉ ban hành thông báo kết luận khi cuộc kiểm tra đang diễn ra (đã tiến hành kiểm tra và chưa kết luận).`,
      ),
    );
  }

  const last = inspection.lastOnSiteDay;
  if (last === undefined) {
    issues.push(
      inspectionIssue(
        'conclusion_no_inspection_date',
        'Cuộc kiểm tra chưa có ngày kiểm tra; hãy ghi ngày kiểm tra trước khi ban hành kết luận.',
      ),
    );
  } else {
    if (today < last) {
      issues.push(
        inspectionIssue(
          'conclusion_before_inspection',
          `Chưa thể ban hành kết luận trước ngày kiểm tra: ngày kiểm tra cuối cùng là ${formatVietnamese(last)}.`,
        ),
      );
    }
    if (notice.date < last) {
      issues.push(
        inspectionIssue(
          'conclusion_notice_before_inspection',
          `Ngày thông báo kết luận (${formatVietnamese(notice.date)}) không được trước ngày kiểm tra cuối cùng (${formatVietnamese(last)}); hãy sửa ngày thông báo.`,
          { field: 'notice.date' },
        ),
      );
    }
  }
  if (notice.date > today) {
    issues.push(
      inspectionIssue(
        'conclusion_notice_in_future',
        `Ngày thông báo kết luận (${formatVietnamese(notice.date)}) không được sau ngày hôm nay (${formatVietnamese(today)}).`,
        { field: 'notice.date' },
      ),
    );
  }
  if (!isConclusionNoticeNumber(notice.number)) {
    issues.push(
      inspectionIssue('conclusion_notice_number_invalid', NUMBER_FORMAT_MESSAGE, { field: 'notice.number' }),
    );
  }

  // A conclusion assesses something; an empty one is a mistake (the issue is silent, our choice).
  if (findings.length === 0) {
    issues.push(
      inspectionIssue(
        'conclusion_no_findings',
        'Kết luận chưa có nội dung đánh giá nào; hãy ghi ít nhất một mặt đạt được, tồn tại, hạn chế hoặc vi phạm.',
      ),
    );
  }
  for (const f of findingsMissingResponsibility(findings)) {
    const index = findings.indexOf(f);
    issues.push(
      inspectionIssue(
        'conclusion_finding_responsibility_missing',
        `${FINDING_KIND_LABELS[f.kind]} ${messageQuote(f.description)} (${FINDING_AREA_LABELS[f.area]}) chưa làm rõ trách nhiệm của cá nhân, tập thể có liên quan; hãy ghi rõ trước khi ban hành kết luận.`,
        { field: `findings.${index}.responsibilities`, itemIds: [f.id] },
      ),
    );
  }

  recommendations.forEach((r, i) => {
    const name = r.action.trim() === '' ? `Kiến nghị thứ ${i + 1}` : `Kiến nghị ${messageQuote(r.action)}`;
    const at = (field: string) => ({ field: `recommendations.${i}.${field}`, itemIds: [r.id] });
    if (r.action.trim() === '') {
      issues.push(
        inspectionIssue(
          'recommendation_action_missing',
          `${name} chưa nêu nội dung cần khắc phục.`,
          at('action'),
        ),
      );
    }
    if (r.responsible.trim() === '') {
      issues.push(
        inspectionIssue(
          'recommendation_responsible_missing',
          `${name} chưa nêu cá nhân, tập thể chịu trách nhiệm khắc phục.`,
          at('responsible'),
        ),
      );
    }
    if (r.dueDate === undefined) {
      issues.push(
        inspectionIssue(
          'recommendation_due_date_missing',
          `${name} chưa có thời hạn khắc phục; hãy ấn định hạn báo cáo kết quả khắc phục.`,
          at('dueDate'),
        ),
      );
    } else if (r.dueDate < notice.date) {
      issues.push(
        inspectionIssue(
          'recommendation_due_before_notice',
          `${name} có thời hạn khắc phục (${formatVietnamese(r.dueDate)}) trước ngày thông báo kết luận (${formatVietnamese(notice.date)}); hãy lùi thời hạn.`,
          at('dueDate'),
        ),
      );
    }
  });

  return inspectionResultOf(issues);
}
