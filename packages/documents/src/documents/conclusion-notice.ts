import {
  FINDING_AREA_LABELS,
  FINDING_AREAS,
  type FindingArea,
  findingAreaSchema,
  RESPONSIBLE_KINDS,
  VIOLATION_SEVERITIES,
  VIOLATION_SEVERITY_LABELS,
  z,
} from '@kiemtra/domain';
import type { Paragraph } from 'docx';
import { frameSchema, isoDateSchema, requiredText } from '../layout/frame-schema.js';
import { packOfficialDocument } from '../layout/official-document.js';
import { body, heading, run } from '../layout/text.js';
import { shortDate } from '../layout/vietnamese-dates.js';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'] as const;

/** A finding as packages/domain/src/inspection/findings.ts models it. */
export const documentFindingSchema = z.object({
  id: requiredText('Thiếu mã phát hiện.'),
  area: findingAreaSchema,
  kind: z.enum(['achievement', 'shortcoming', 'violation'], { error: 'Loại phát hiện không hợp lệ.' }),
  description: requiredText('Hãy nhập nội dung đánh giá.'),
  severity: z.enum(VIOLATION_SEVERITIES, { error: 'Mức độ vi phạm không hợp lệ.' }).optional(),
  responsibilities: z
    .array(
      z.object({
        holderKind: z.enum(RESPONSIBLE_KINDS, { error: 'Hãy chọn trách nhiệm của cá nhân hay tập thể.' }),
        holder: requiredText('Hãy nhập tên cá nhân hoặc tập thể chịu trách nhiệm.'),
        description: z.string().trim().default(''),
      }),
    )
    .default([]),
});
export type DocumentFinding = z.output<typeof documentFindingSchema>;

/** A recommendation as RecommendationDraft models it: what, who, by when, which findings. */
export const documentRecommendationSchema = z.object({
  id: requiredText('Thiếu mã kiến nghị.'),
  action: requiredText('Hãy nêu nội dung cần khắc phục.'),
  responsible: requiredText('Hãy nêu cá nhân, tập thể chịu trách nhiệm khắc phục.'),
  dueDate: isoDateSchema.optional(),
  findingIds: z.array(z.string()).default([]),
});

export const conclusionNoticeDocumentSchema = z.object({
  frame: frameSchema,
  unitName: requiredText('Hãy nhập tên cơ quan, đơn vị được kiểm tra.'),
  teamName: requiredText('Hãy nhập tên Đoàn kiểm tra.'),
  grounds: z
    .array(requiredText('Căn cứ không được để trống.'))
    .min(1, { error: 'Hãy nêu căn cứ của thông báo.' }),
  inspectionDates: z.array(isoDateSchema).min(1, { error: 'Hãy nêu ngày kiểm tra.' }),
  /** The team's general assessment of the unit (conclusions.general_assessment), one paragraph a line. */
  generalAssessment: z.string().trim().default(''),
  findings: z.array(documentFindingSchema),
  recommendations: z.array(documentRecommendationSchema),
  /** Where the unit reports its remediation (seed III.2.đ, V.3.a), and by when if the team set it. */
  remediationReportTo: requiredText('Hãy nêu nơi nhận báo cáo kết quả khắc phục.'),
  remediationReportDue: isoDateSchema.optional(),
});
export type ConclusionNoticeDocumentInput = z.input<typeof conclusionNoticeDocumentSchema>;

const byArea = (findings: readonly DocumentFinding[]) => {
  const groups = new Map<FindingArea, DocumentFinding[]>();
  for (const area of FINDING_AREAS) {
    const inArea = findings.filter((f) => f.area === area);
    if (inArea.length > 0) groups.set(area, inArea);
  }
  return groups;
};

function findingParagraphs(findings: readonly DocumentFinding[], withResponsibility: boolean): Paragraph[] {
  let n = 0;
  return [...byArea(findings)].flatMap(([area, list]) => {
    n += 1;
    return [
      heading(`${n}. ${FINDING_AREA_LABELS[area]}`),
      ...list.flatMap((f) => [
        body(
          `- ${f.kind === 'violation' ? 'Vi phạm: ' : ''}${f.description.replace(/[.;]$/, '')}${
            f.kind === 'violation' && f.severity
              ? ` (mức độ: ${VIOLATION_SEVERITY_LABELS[f.severity].toLowerCase()})`
              : ''
          }.`,
        ),
        ...(withResponsibility && f.responsibilities.length > 0
          ? [
              body([
                run(
                  `Trách nhiệm thuộc về ${f.responsibilities
                    .map(
                      (r) => `${r.holder}${r.description ? ` (${r.description.replace(/[.;]$/, '')})` : ''}`,
                    )
                    .join('; ')}.`,
                  { italics: true },
                ),
              ]),
            ]
          : []),
      ]),
    ];
  });
}

/**
 * The conclusion notice (Thông báo kết luận kiểm tra, seed III.2.d; Mẫu 1.4): what the team did,
 * then I. the results achieved, II. the shortcomings, limitations and violations by area with the
 * responsibility of each individual and collective (seed I.2), III. the recommendations with who
 * and by when, IV. how the unit reports its remediation.
 * @example await conclusionNoticeDocx({ frame, unitName, teamName, grounds, inspectionDates, findings, recommendations, … })
 */
export async function conclusionNoticeDocx(input: ConclusionNoticeDocumentInput): Promise<Uint8Array> {
  const d = conclusionNoticeDocumentSchema.parse(input);
  const achievements = d.findings.filter((f) => f.kind === 'achievement');
  const problems = d.findings.filter((f) => f.kind !== 'achievement');
  const dates = [...d.inspectionDates].sort().map(shortDate).join(', ');
  const assessment = d.generalAssessment
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  let section = 0;
  const numbered = (title: string) => {
    section += 1;
    return heading(`${ROMAN[section - 1]}. ${title}`);
  };
  return packOfficialDocument({
    frame: d.frame,
    kind: 'THÔNG BÁO',
    summary: `Kết luận kiểm tra công tác cải cách hành chính\ntại ${d.unitName}`,
    title: `Thông báo kết luận kiểm tra công tác cải cách hành chính tại ${d.unitName}`,
    body: [
      body(
        `Thực hiện ${d.grounds.join('; ')}, ngày ${dates}, ${d.teamName} đã tiến hành kiểm tra công tác cải cách hành chính tại ${d.unitName}. Trên cơ sở báo cáo của đơn vị và kết quả kiểm tra thực tế, Đoàn kiểm tra thông báo kết luận kiểm tra như sau:`,
      ),
      ...(assessment.length > 0 ? [numbered('ĐÁNH GIÁ CHUNG'), ...assessment.map((p) => body(p))] : []),
      numbered('KẾT QUẢ ĐẠT ĐƯỢC'),
      ...(achievements.length > 0 ? findingParagraphs(achievements, false) : [body('Không có nội dung.')]),
      numbered('TỒN TẠI, HẠN CHẾ, VI PHẠM VÀ TRÁCH NHIỆM'),
      ...(problems.length > 0
        ? findingParagraphs(problems, true)
        : [body('Qua kiểm tra, Đoàn kiểm tra không phát hiện tồn tại, hạn chế, vi phạm.')]),
      numbered('KIẾN NGHỊ'),
      ...(d.recommendations.length > 0
        ? d.recommendations.map((r, i) =>
            body(
              `${i + 1}. ${r.action.replace(/[.;]$/, '')} (trách nhiệm thực hiện: ${r.responsible}${r.dueDate ? `; thời hạn hoàn thành: ${shortDate(r.dueDate)}` : ''}).`,
            ),
          )
        : [body('Không có kiến nghị.')]),
      numbered('TỔ CHỨC THỰC HIỆN'),
    ],
    closing: `Đề nghị ${d.unitName} tổ chức thực hiện nghiêm túc các kiến nghị nêu trên; chấn chỉnh, khắc phục kịp thời tồn tại, hạn chế, vi phạm và báo cáo kết quả khắc phục gửi ${d.remediationReportTo}${
      d.remediationReportDue ? ` chậm nhất ngày ${shortDate(d.remediationReportDue)}` : ''
    } để tổng hợp, theo dõi./.`,
  });
}
