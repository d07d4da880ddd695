import { z } from '@kiemtra/domain';
import { frameSchema, requiredText } from '../layout/frame-schema.js';
import { packOfficialDocument } from '../layout/official-document.js';
import { body, lowerFirst, run } from '../layout/text.js';
import { outlineBody, templateSchema } from './outline-items.js';

// One printed line of dots, short enough never to wrap into a stub on the next line.
const DOTTED = '……………………………………………………………………………………';

export const reportOutlineSchema = z.object({
  /** The report as the unit will issue it: its own name, a blank number, its place. */
  frame: frameSchema,
  template: templateSchema,
  /** "Kết quả thực hiện công tác cải cách hành chính năm 2024". */
  summary: requiredText('Hãy nhập trích yếu của báo cáo.'),
  addressees: z.array(requiredText('Nơi nhận báo cáo không được để trống.')).default([]),
  /** The period the figures cover (seed III.3: "theo từng nội dung yêu cầu tại đề cương"). */
  period: z.string().trim().default(''),
});
export type ReportOutlineInput = z.input<typeof reportOutlineSchema>;

/**
 * The report outline for a unit to fill in (Đề cương báo cáo, seed annex), from the template
 * version in use: a Báo cáo of the unit (Mẫu 1.4) with every heading of the template, the
 * guidance in italics and dotted lines under each item to answer.
 * @example await reportOutlineDocx({ frame, template, summary: 'Kết quả thực hiện công tác CCHC năm 2024' })
 */
export async function reportOutlineDocx(input: ReportOutlineInput): Promise<Uint8Array> {
  const d = reportOutlineSchema.parse(input);
  return packOfficialDocument({
    frame: d.frame,
    kind: 'BÁO CÁO',
    summary: d.summary,
    addressees: d.addressees,
    title: `Đề cương báo cáo: ${d.template.title}`,
    body: [
      body([run(`(Theo ${d.template.title}, phiên bản ${d.template.version})`, { italics: true })], {
        indent: false,
      }),
      ...(d.period ? [body([run(`Thời kỳ báo cáo: ${d.period}.`, { italics: true })])] : []),
      ...outlineBody(d.template.items, (item, isLeaf) => [
        ...(item.guidance ? [body([run(`(${item.guidance})`, { italics: true })])] : []),
        ...(isLeaf ? [body(DOTTED, { indent: false }), body(DOTTED, { indent: false })] : []),
      ]),
    ],
    closing: `Trên đây là báo cáo ${lowerFirst(d.summary)}./.`,
  });
}
