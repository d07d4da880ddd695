import { localDateSchema } from '../calendar/date-input.js';
import { formatVietnamese, yearOf } from '../calendar/local-date.js';
import { safeString } from '../validation/safe-text.js';
import { z } from '../validation/zod-vi.js';
import {
  type InspectionIssue,
  type InspectionResult,
  inspectionIssue,
  inspectionResultOf,
} from './inspection-issue.js';
import type { Recommendation } from './recommendations.js';

export type EarlierConclusionIssueCode =
  | 'earlier_conclusion_not_earlier'
  | 'earlier_conclusion_dated_before_year'
  | 'earlier_conclusion_no_recommendations';

/** A document number: '123/TB-UBND', '45/KL-SNV', '09/TB-ĐKT' (Decree 30/2020 form). */
export const DOCUMENT_NUMBER = /^\d+\/[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*$/u;

const text = (missing: string, what = 'Nội dung', max = 4000) =>
  safeString(missing)
    .trim()
    .min(1, { error: missing })
    .max(max, { error: `${what} dài tối đa ${max} ký tự.` });

/** The most recommendations one earlier conclusion carries into this year's check. */
export const MAX_EARLIER_RECOMMENDATIONS = 200;

/**
 * zod schema of a conclusion from an earlier year, entered by hand (seed II.1.b: the thematic
 * inspection checks the remediation of the conclusions "từ năm 2021 đến năm 2023").
 * `remediatedBeforeEntry` marks a recommendation already verified as fixed: it is not rechecked.
 */
export const earlierConclusionSchema = z.object({
  id: text('Thiếu mã kết luận.'),
  unitId: text('Hãy chọn cơ quan, đơn vị, địa phương được kiểm tra.'),
  year: z
    .number({ error: 'Năm kiểm tra phải là số.' })
    .int({ error: 'Năm kiểm tra phải là số nguyên.' })
    .min(2000, { error: 'Năm kiểm tra phải từ năm 2000 đến năm 2100.' })
    .max(2100, { error: 'Năm kiểm tra phải từ năm 2000 đến năm 2100.' }),
  issuer: text('Hãy nhập cơ quan ban hành thông báo kết luận.', 'Cơ quan ban hành', 300),
  documentNumber: text('Hãy nhập số thông báo kết luận.', 'Số thông báo kết luận', 50).regex(
    DOCUMENT_NUMBER,
    {
      error: 'Số văn bản phải có dạng số/ký hiệu, ví dụ 123/TB-UBND.',
    },
  ),
  date: localDateSchema,
  recommendations: z
    .array(
      z.object({
        id: text('Thiếu mã kiến nghị.'),
        action: text('Hãy nêu nội dung cần khắc phục.'),
        responsible: text('Hãy nêu cá nhân, tập thể chịu trách nhiệm khắc phục.', 'Nội dung', 500),
        dueDate: localDateSchema.optional(),
        remediatedBeforeEntry: z
          .boolean({ error: 'Hãy cho biết kiến nghị đã khắc phục xong hay chưa.' })
          .default(false),
      }),
      { error: 'Danh sách kiến nghị không hợp lệ.' },
    )
    .max(MAX_EARLIER_RECOMMENDATIONS, {
      error: `Tối đa ${MAX_EARLIER_RECOMMENDATIONS} kiến nghị của một kết luận.`,
    })
    .default([]),
});
export type EarlierConclusionInput = z.input<typeof earlierConclusionSchema>;
export type EarlierConclusion = z.output<typeof earlierConclusionSchema>;

/**
 * Whether an earlier conclusion can join this year's remediation check: from a year before the
 * inspection's, not dated before its own year, with at least one recommendation to follow up.
 * @example checkEarlierConclusion(conclusion2022, { inspectionYear: 2024 }) // { ok: true }
 */
export function checkEarlierConclusion(
  conclusion: Pick<EarlierConclusion, 'year' | 'date'> & { recommendations: readonly unknown[] },
  context: { inspectionYear: number },
): InspectionResult<EarlierConclusionIssueCode> {
  const issues: InspectionIssue<EarlierConclusionIssueCode>[] = [];
  if (conclusion.year >= context.inspectionYear) {
    issues.push(
      inspectionIssue(
        'earlier_conclusion_not_earlier',
        `Kết luận kiểm tra năm ${conclusion.year} không phải của năm trước năm ${context.inspectionYear}; hãy nhập kết luận của các năm trước (ví dụ 2021–2023).`,
        { field: 'year' },
      ),
    );
  }
  if (yearOf(conclusion.date) < conclusion.year) {
    issues.push(
      inspectionIssue(
        'earlier_conclusion_dated_before_year',
        `Ngày thông báo kết luận (${formatVietnamese(conclusion.date)}) không thể trước năm kiểm tra ${conclusion.year}; hãy sửa ngày hoặc năm.`,
        { field: 'date' },
      ),
    );
  }
  if (conclusion.recommendations.length === 0) {
    issues.push(
      inspectionIssue(
        'earlier_conclusion_no_recommendations',
        'Hãy nhập ít nhất một kiến nghị của kết luận để theo dõi việc khắc phục.',
        { field: 'recommendations' },
      ),
    );
  }
  return inspectionResultOf(issues);
}

/**
 * The recommendations of an earlier conclusion to track from now on: those not already
 * remediated, open, and marked with where they come from.
 * @example trackEarlierRecommendations(conclusion2022)[0]?.origin // { kind: 'earlier_conclusion', conclusionId, year: 2022 }
 */
export function trackEarlierRecommendations(conclusion: EarlierConclusion): Recommendation[] {
  return conclusion.recommendations
    .filter((r) => !r.remediatedBeforeEntry)
    .map((r) => {
      const rec: Recommendation = {
        id: r.id,
        action: r.action,
        responsible: r.responsible,
        origin: { kind: 'earlier_conclusion', conclusionId: conclusion.id, year: conclusion.year },
        state: { status: 'open' },
      };
      if (r.dueDate !== undefined) rec.dueDate = r.dueDate;
      return rec;
    });
}

/**
 * What this year's inspection checks for remediation: its own recommendations, then those of the
 * unit's earlier conclusions (earlier years only, oldest first), so that closure and follow-up
 * see them all.
 * @example recommendationsToCheck({ inspection: { unitId: 'ts', year: 2024 }, own, earlier }).length
 */
export function recommendationsToCheck(input: {
  inspection: { unitId: string; year: number };
  own: readonly Recommendation[];
  earlier: readonly { unitId: string; year: number; recommendations: readonly Recommendation[] }[];
}): Recommendation[] {
  const { unitId, year } = input.inspection;
  const joined = input.earlier
    .filter((c) => c.unitId === unitId && c.year < year)
    .toSorted((a, b) => a.year - b.year)
    .flatMap((c) => c.recommendations);
  return [...input.own, ...joined];
}
