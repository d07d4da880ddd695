import {
  FINDING_AREA_LABELS,
  FINDING_AREAS,
  FINDING_KIND_LABELS,
  FINDING_KINDS,
  findingAreaSchema,
  RECOMMENDATION_STATUSES,
  VIOLATION_SEVERITIES,
  VIOLATION_SEVERITY_LABELS,
  z,
} from '@kiemtra/domain';
import type { Paragraph, Table } from 'docx';
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

/** A finding of one of the round's conclusions, with the unit it concerns. */
const summaryFindingSchema = z.object({
  unitName: requiredText('Thiếu tên đơn vị.'),
  area: findingAreaSchema,
  kind: z.enum(FINDING_KINDS, { error: 'Loại phát hiện không hợp lệ.' }),
  description: requiredText('Hãy nhập nội dung đánh giá.'),
  severity: z.enum(VIOLATION_SEVERITIES, { error: 'Mức độ vi phạm không hợp lệ.' }).optional(),
  responsible: z.array(requiredText('Thiếu người chịu trách nhiệm.')).default([]),
});

/** A recommendation of the round's conclusions and where its remediation stands. */
const summaryRecommendationSchema = z.object({
  unitName: requiredText('Thiếu tên đơn vị.'),
  action: requiredText('Hãy nêu nội dung cần khắc phục.'),
  dueDate: isoDateSchema.optional(),
  /** "Đang thực hiện", "Đã khắc phục xong" …, with "quá hạn" added by the caller when it is. */
  stateLabel: requiredText('Thiếu tình trạng khắc phục.'),
  overdue: z.boolean().default(false),
});

/** The shape of assembleSummary's SummaryDraft (packages/domain/src/inspection/summary.ts), dates as yyyy-mm-dd. */
export const summaryReportSchema = z.object({
  frame: frameSchema,
  addressees: z
    .array(requiredText('Nơi nhận báo cáo không được để trống.'))
    .default(['Ủy ban nhân dân tỉnh']),
  planTitle: requiredText('Hãy nhập tên kế hoạch kiểm tra.'),
  /** The round and its year, as the trích yếu names it: "đợt 1 năm 2024". */
  roundLabel: requiredText('Hãy nêu đợt kiểm tra.'),
  teamName: z.string().trim().default(''),
  grounds: z.array(requiredText('Căn cứ không được để trống.')).default([]),
  roundStart: isoDateSchema.optional(),
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
  /** What the conclusions found, unit by unit (those of concluded visits only, as the counts). */
  findings: z.array(summaryFindingSchema).default([]),
  recommendations: z.array(summaryRecommendationSchema).default([]),
  /** Sở Nội vụ's general assessment, one paragraph each. */
  assessment: z.array(z.string().trim().min(1)).default([]),
  /** What Sở Nội vụ proposes UBND tỉnh decides (seed III.2.g), one each. */
  proposals: z.array(z.string().trim().min(1)).default([]),
});
export type SummaryReportInput = z.input<typeof summaryReportSchema>;
type SummaryReport = z.output<typeof summaryReportSchema>;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'] as const;
const sentence = (text: string) => `${text.replace(/[.;:\s]+$/, '')}.`;

function overview(d: SummaryReport): Paragraph[] {
  const s = d.summary;
  const expected =
    d.expectedTargetCount === null
      ? ''
      : ` trên tổng số ${d.expectedTargetCount} cơ quan, đơn vị, địa phương theo Kế hoạch`;
  const period =
    d.roundStart && d.roundEnd
      ? `từ ngày ${shortDate(d.roundStart)} đến ngày ${shortDate(d.roundEnd)}`
      : d.roundEnd
        ? `kết thúc ngày ${shortDate(d.roundEnd)}`
        : '';
  const notInspected = s.units.filter((u) => !u.inspected).map((u) => u.unitName);
  return [
    ...(d.teamName ? [body(`Đoàn kiểm tra: ${d.teamName}.`)] : []),
    ...(period ? [body(`Thời gian kiểm tra: ${period}.`)] : []),
    body(`Số cơ quan, đơn vị, địa phương đã kiểm tra: ${s.unitsInspected.length}${expected}.`),
    ...(s.unitsInspected.length > 0
      ? [
          body(
            `Cơ quan, đơn vị, địa phương được kiểm tra: ${s.unitsInspected.map((u) => u.name).join('; ')}.`,
          ),
        ]
      : []),
    ...(notInspected.length > 0 ? [body(`Chưa kiểm tra: ${notInspected.join('; ')}.`)] : []),
  ];
}

/** II: what was achieved in each CCHC area, as the conclusions say it, then the figures by area. */
function resultsByArea(d: SummaryReport): (Paragraph | Table)[] {
  const achievements = d.findings.filter((f) => f.kind === 'achievement');
  const areas = FINDING_AREAS.filter((a) => achievements.some((f) => f.area === a));
  return [
    ...areas.flatMap((area, i) => [
      heading(`${i + 1}. ${FINDING_AREA_LABELS[area]}`),
      ...achievements
        .filter((f) => f.area === area)
        .map((f) => body(`- ${f.unitName}: ${sentence(f.description)}`)),
    ]),
    ...(areas.length === 0 ? [body('Các kết luận kiểm tra chưa ghi nhận kết quả đạt được.')] : []),
    body('Tổng hợp kết quả theo lĩnh vực:', { keepNext: true }),
    ...tableBlock(
      columns(TEXT_WIDTH_TWIPS, [55, 15, 15, 15]),
      ['Lĩnh vực', ...FINDING_KINDS.map((k) => FINDING_KIND_LABELS[k])],
      [
        ...d.summary.findingsByArea.map((a) => [
          FINDING_AREA_LABELS[a.area],
          ...FINDING_KINDS.map((k) => String(a.counts[k])),
        ]),
        ['Tổng cộng', ...FINDING_KINDS.map((k) => String(d.summary.findingsByKind[k]))],
      ],
    ),
  ];
}

/** III: each shortcoming and violation with the unit it concerns and who bears responsibility. */
function shortcomings(d: SummaryReport): Paragraph[] {
  const problems = d.findings.filter((f) => f.kind !== 'achievement');
  if (problems.length === 0)
    return [body('Qua kiểm tra, các Đoàn kiểm tra không phát hiện tồn tại, hạn chế, vi phạm.')];
  const s = d.summary.violationsBySeverity;
  return [
    ...problems.flatMap((f) => [
      body(
        `- ${f.unitName}: ${f.kind === 'violation' ? 'vi phạm: ' : ''}${f.description.replace(/[.;\s]+$/, '')}${
          f.kind === 'violation' && f.severity
            ? ` (mức độ: ${VIOLATION_SEVERITY_LABELS[f.severity].toLowerCase()})`
            : ''
        }.${f.responsible.length > 0 ? ` Trách nhiệm thuộc về ${f.responsible.join('; ')}.` : ''}`,
      ),
    ]),
    body(
      `Vi phạm theo mức độ: ${VIOLATION_SEVERITIES.map((v) => `${VIOLATION_SEVERITY_LABELS[v].toLowerCase()} ${s[v]}`).join('; ')}.`,
    ),
  ];
}

/** IV: the recommendations, where each one's remediation stands and whether it is overdue. */
function recommendations(d: SummaryReport): (Paragraph | Table)[] {
  const r = d.summary.recommendations;
  return [
    body(
      `Tổng số kiến nghị: ${r.total}; đã khắc phục đúng hạn: ${r.remediatedOnTime}; quá hạn chưa khắc phục xong: ${r.overdue}.`,
      { keepNext: d.recommendations.length > 0 },
    ),
    ...(d.recommendations.length > 0
      ? tableBlock(
          columns(TEXT_WIDTH_TWIPS, [7, 23, 37, 15, 18]),
          ['STT', 'Cơ quan, đơn vị', 'Kiến nghị', 'Thời hạn', 'Tình trạng'],
          d.recommendations.map((rec, i) => [
            String(i + 1),
            rec.unitName,
            rec.action,
            rec.dueDate ? shortDate(rec.dueDate) : '',
            `${rec.stateLabel}${rec.overdue ? '\n(quá hạn)' : ''}`,
          ]),
        )
      : []),
  ];
}

/** V: the plan's deadlines kept and missed, and each unit's figures. */
function deadlinesAndUnits(d: SummaryReport): (Paragraph | Table)[] {
  const s = d.summary;
  const kindHeaders = FINDING_KINDS.map((k) => FINDING_KIND_LABELS[k]);
  return [
    body('Việc chấp hành thời hạn theo Kế hoạch (số cuộc kiểm tra):', { keepNext: true }),
    ...tableBlock(
      columns(TEXT_WIDTH_TWIPS, [36, 16, 16, 16, 16]),
      ['Thời hạn', 'Đúng hạn', 'Thực hiện trễ hạn', 'Quá hạn, chưa thực hiện', 'Chưa đến hạn'],
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
    body('Kết quả của từng cơ quan, đơn vị:', { keepNext: true }),
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
  ];
}

/**
 * The summary report of a round to UBND tỉnh (Báo cáo kết quả kiểm tra, seed III.2.e; Mẫu 1.4) as
 * Sở Nội vụ sends it: the round and the units inspected, the results by CCHC area drawn from the
 * conclusions, the shortcomings and who is responsible, the recommendations and their state, the
 * deadlines kept and missed, then Sở Nội vụ's own assessment and proposals (sections left out
 * while it has written none).
 * @example await summaryReportDocx({ frame, planTitle, roundLabel: 'đợt 1 năm 2024', summary: documentSummary(draft).summary, findings, recommendations })
 */
export async function summaryReportDocx(input: SummaryReportInput): Promise<Uint8Array> {
  const d = summaryReportSchema.parse(input);
  let section = 0;
  const numbered = (title: string) => {
    section += 1;
    return heading(`${ROMAN[section - 1]}. ${title}`);
  };
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
      numbered('KHÁI QUÁT ĐỢT KIỂM TRA'),
      ...overview(d),
      numbered('KẾT QUẢ KIỂM TRA THEO LĨNH VỰC CẢI CÁCH HÀNH CHÍNH'),
      ...resultsByArea(d),
      numbered('TỒN TẠI, HẠN CHẾ, VI PHẠM VÀ TRÁCH NHIỆM'),
      ...shortcomings(d),
      numbered('KIẾN NGHỊ VÀ KẾT QUẢ KHẮC PHỤC'),
      ...recommendations(d),
      numbered('VIỆC CHẤP HÀNH THỜI HẠN'),
      ...deadlinesAndUnits(d),
      ...(d.assessment.length > 0 ? [numbered('ĐÁNH GIÁ CHUNG'), ...d.assessment.map((p) => body(p))] : []),
      ...(d.proposals.length > 0
        ? [numbered('ĐỀ XUẤT, KIẾN NGHỊ'), ...d.proposals.map((p, i) => body(`${i + 1}. ${sentence(p)}`))]
        : []),
    ],
    closing: 'Sở Nội vụ kính báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.',
  });
}
