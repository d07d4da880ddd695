import {
  FINDING_AREA_LABELS,
  FINDING_KIND_LABELS,
  FINDING_KINDS,
  findingAreaSchema,
  RECOMMENDATION_STATUS_LABELS,
  RECOMMENDATION_STATUSES,
  VIOLATION_SEVERITIES,
  VIOLATION_SEVERITY_LABELS,
  z,
} from '@kiemtra/domain';
import { TEXT_WIDTH_TWIPS } from '../layout/decree30-format.js';
import { frameSchema, isoDateSchema, requiredText } from '../layout/frame-schema.js';
import { packOfficialDocument } from '../layout/official-document.js';
import { columns, tableBlock } from '../layout/tables.js';
import { body, heading } from '../layout/text.js';
import { shortDate } from '../layout/vietnamese-dates.js';

const count = z.number().int().min(0, { error: 'Số lượng không được âm.' });
const kindCounts = z.object(
  Object.fromEntries(FINDING_KINDS.map((k) => [k, count])) as Record<
    (typeof FINDING_KINDS)[number],
    typeof count
  >,
);
const compliance = z.object({ onTime: count, late: count, missed: count, pending: count });
const recommendationCounts = z.object({
  total: count,
  byStatus: z.object(
    Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s, count])) as Record<
      (typeof RECOMMENDATION_STATUSES)[number],
      typeof count
    >,
  ),
  overdue: count,
  remediatedOnTime: count,
});

/** The deadlines the summary reports compliance with, and their names (DEFAULT_DEADLINE_RULES_2024). */
const COMPLIANCE_LABELS = {
  SCHEDULE_NOTICE: 'Thông báo lịch kiểm tra',
  UNIT_REPORT: 'Báo cáo phục vụ Đoàn kiểm tra',
  CONCLUSION_NOTICE: 'Thông báo kết luận kiểm tra',
} as const;

/** The shape of assembleSummary's SummaryDraft (packages/domain/src/inspection/summary.ts), dates as yyyy-mm-dd. */
export const summaryReportSchema = z.object({
  frame: frameSchema,
  addressees: z
    .array(requiredText('Nơi nhận báo cáo không được để trống.'))
    .default(['Ủy ban nhân dân tỉnh']),
  planTitle: requiredText('Hãy nhập tên kế hoạch kiểm tra.'),
  /** "đợt 1 năm 2024" or "năm 2024". */
  roundLabel: requiredText('Hãy nêu đợt kiểm tra.'),
  grounds: z.array(requiredText('Căn cứ không được để trống.')).default([]),
  roundEnd: isoDateSchema.optional(),
  expectedTargetCount: count.nullable().default(null),
  summary: z.object({
    unitsInspected: z.array(z.object({ id: z.string(), name: requiredText('Thiếu tên đơn vị.') })),
    deadlineCompliance: z.object({
      SCHEDULE_NOTICE: compliance,
      UNIT_REPORT: compliance,
      CONCLUSION_NOTICE: compliance,
    }),
    findingsByArea: z.array(z.object({ area: findingAreaSchema, counts: kindCounts })),
    findingsByKind: kindCounts,
    violationsBySeverity: z.object(
      Object.fromEntries(VIOLATION_SEVERITIES.map((s) => [s, count])) as Record<
        (typeof VIOLATION_SEVERITIES)[number],
        typeof count
      >,
    ),
    recommendations: recommendationCounts,
    units: z.array(
      z.object({
        unitName: requiredText('Thiếu tên đơn vị.'),
        inspected: z.boolean(),
        findingsByKind: kindCounts,
        recommendations: recommendationCounts,
      }),
    ),
  }),
  /** The team's general assessment, one paragraph each. */
  assessment: z.array(z.string().trim().min(1)).default([]),
  /** What the team proposes UBND tỉnh decides (seed III.2.g). */
  proposals: z.array(z.string().trim().min(1)).default([]),
});
export type SummaryReportInput = z.input<typeof summaryReportSchema>;

/**
 * The summary report to UBND tỉnh (Báo cáo kết quả kiểm tra, seed III.2.e; Mẫu 1.4), from the
 * round's SummaryDraft: the units inspected against the plan's expected number, deadline
 * compliance, findings by area and kind, violations by severity, recommendations and their state,
 * each unit's results, the assessment and the proposals.
 * @example await summaryReportDocx({ frame, planTitle, roundLabel: 'năm 2024', summary: assembleSummary(…) as data })
 */
export async function summaryReportDocx(input: SummaryReportInput): Promise<Uint8Array> {
  const d = summaryReportSchema.parse(input);
  const s = d.summary;
  const kindHeaders = FINDING_KINDS.map((k) => FINDING_KIND_LABELS[k]);
  const inspectedCount = s.unitsInspected.length;
  const expected =
    d.expectedTargetCount === null
      ? ''
      : ` (Kế hoạch dự kiến ${d.expectedTargetCount} cơ quan, đơn vị, địa phương)`;
  return packOfficialDocument({
    frame: d.frame,
    kind: 'BÁO CÁO',
    summary: `Kết quả kiểm tra công tác cải cách hành chính ${d.roundLabel}`,
    addressees: d.addressees,
    title: `Báo cáo kết quả kiểm tra công tác cải cách hành chính ${d.roundLabel}`,
    body: [
      body(
        `${d.grounds.length > 0 ? `Thực hiện ${d.grounds.join('; ')}, ` : ''}Sở Nội vụ báo cáo kết quả kiểm tra công tác cải cách hành chính ${d.roundLabel} theo ${d.planTitle} như sau:`,
      ),
      heading('I. KHÁI QUÁT VỀ HOẠT ĐỘNG KIỂM TRA'),
      body(
        `Các Đoàn kiểm tra đã kiểm tra ${inspectedCount} cơ quan, đơn vị, địa phương${expected}${d.roundEnd ? `; đợt kiểm tra kết thúc ngày ${shortDate(d.roundEnd)}` : ''}.`,
      ),
      ...(inspectedCount > 0
        ? [body(`Đơn vị được kiểm tra: ${s.unitsInspected.map((u) => u.name).join('; ')}.`)]
        : []),
      heading('II. KẾT QUẢ KIỂM TRA'),
      heading('1. Việc chấp hành thời hạn'),
      ...tableBlock(
        columns(TEXT_WIDTH_TWIPS, [40, 15, 15, 15, 15]),
        ['Thời hạn', 'Đúng hạn', 'Trễ hạn', 'Quá hạn chưa thực hiện', 'Chưa đến hạn'],
        (Object.keys(COMPLIANCE_LABELS) as (keyof typeof COMPLIANCE_LABELS)[]).map((code) => {
          const c = s.deadlineCompliance[code];
          return [
            COMPLIANCE_LABELS[code],
            String(c.onTime),
            String(c.late),
            String(c.missed),
            String(c.pending),
          ];
        }),
      ),
      heading('2. Kết quả theo lĩnh vực'),
      ...tableBlock(
        columns(TEXT_WIDTH_TWIPS, [55, 15, 15, 15]),
        ['Lĩnh vực', ...kindHeaders],
        [
          ...s.findingsByArea.map((a) => [
            FINDING_AREA_LABELS[a.area],
            ...FINDING_KINDS.map((k) => String(a.counts[k])),
          ]),
          ['Tổng cộng', ...FINDING_KINDS.map((k) => String(s.findingsByKind[k]))],
        ],
      ),
      body(
        `Vi phạm theo mức độ: ${VIOLATION_SEVERITIES.map((v) => `${VIOLATION_SEVERITY_LABELS[v].toLowerCase()} ${s.violationsBySeverity[v]}`).join('; ')}.`,
      ),
      heading('3. Kiến nghị và kết quả khắc phục'),
      body(
        `Tổng số kiến nghị: ${s.recommendations.total}; ${RECOMMENDATION_STATUSES.map((st) => `${RECOMMENDATION_STATUS_LABELS[st].toLowerCase()}: ${s.recommendations.byStatus[st]}`).join('; ')}; quá hạn khắc phục: ${s.recommendations.overdue}; khắc phục đúng hạn: ${s.recommendations.remediatedOnTime}.`,
      ),
      heading('4. Kết quả của từng cơ quan, đơn vị'),
      ...tableBlock(
        columns(TEXT_WIDTH_TWIPS, [8, 32, 12, 12, 12, 12, 12]),
        ['STT', 'Cơ quan, đơn vị', ...kindHeaders, 'Kiến nghị', 'Quá hạn'],
        s.units.map((u, i) => [
          String(i + 1),
          `${u.unitName}${u.inspected ? '' : '\n(chưa kiểm tra)'}`,
          ...FINDING_KINDS.map((k) => String(u.findingsByKind[k])),
          String(u.recommendations.total),
          String(u.recommendations.overdue),
        ]),
      ),
      heading('III. ĐÁNH GIÁ CHUNG'),
      ...(d.assessment.length > 0 ? d.assessment.map((p) => body(p)) : [body('……………………………………………………………')]),
      heading('IV. ĐỀ XUẤT, KIẾN NGHỊ'),
      ...(d.proposals.length > 0
        ? d.proposals.map((p, i) => body(`${i + 1}. ${p}`))
        : [body('……………………………………………………………')]),
    ],
    closing: 'Sở Nội vụ kính báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.',
  });
}
