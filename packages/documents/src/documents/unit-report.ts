import { z } from '@kiemtra/domain';
import { TEXT_WIDTH_TWIPS } from '../layout/decree30-format.js';
import { frameSchema, isoDateSchema, requiredText } from '../layout/frame-schema.js';
import { packOfficialDocument } from '../layout/official-document.js';
import { columns, tableBlock } from '../layout/tables.js';
import { body, lowerFirst } from '../layout/text.js';
import { outlineBody, templateSchema } from './outline-items.js';

/** A figure the unit reports under an item: "Số TTHC cung cấp trực tuyến toàn trình: 215 thủ tục". */
export const reportFigureSchema = z.object({
  label: requiredText('Hãy nhập tên chỉ tiêu.'),
  value: z.union([z.number(), z.string().trim()], { error: 'Số liệu phải là số hoặc chuỗi ký tự.' }),
  unit: z.string().trim().default(''),
  note: z.string().trim().default(''),
});

export const reportAnswerSchema = z.object({
  itemCode: requiredText('Thiếu mã mục của đề cương.'),
  text: z.string().trim().default(''),
  figures: z.array(reportFigureSchema).default([]),
});

export const unitReportSchema = z.object({
  frame: frameSchema,
  template: templateSchema,
  summary: requiredText('Hãy nhập trích yếu của báo cáo.'),
  addressees: z.array(requiredText('Nơi nhận báo cáo không được để trống.')).default([]),
  answers: z.array(reportAnswerSchema),
  /** When the unit submitted it, for the note under the title. */
  submittedOn: isoDateSchema.nullable().default(null),
});
export type UnitReportInput = z.input<typeof unitReportSchema>;

const NO_ANSWER = '(Đơn vị không báo cáo nội dung này.)';
const formatValue = (v: number | string) =>
  typeof v === 'number' ? v.toLocaleString('vi-VN', { maximumFractionDigits: 2 }) : v;

/**
 * The unit's report as submitted (Báo cáo phục vụ Đoàn kiểm tra, seed III.2.b; Mẫu 1.4): the
 * template's headings in order, under each leaf the unit's text and a table of its figures.
 * @example await unitReportDocx({ frame, template, summary, answers: [{ itemCode: 'I.1.a', text: '…', figures: [] }] })
 */
export async function unitReportDocx(input: UnitReportInput): Promise<Uint8Array> {
  const d = unitReportSchema.parse(input);
  const answers = new Map(d.answers.map((a) => [a.itemCode, a]));
  const widths = columns(TEXT_WIDTH_TWIPS, [8, 50, 18, 24]);
  return packOfficialDocument({
    frame: d.frame,
    kind: 'BÁO CÁO',
    summary: d.summary,
    addressees: d.addressees,
    title: `Báo cáo: ${d.summary}`,
    closing: `Trên đây là báo cáo ${lowerFirst(d.summary)}./.`,
    body: [
      ...outlineBody(d.template.items, (item, isLeaf) => {
        if (!isLeaf) return [];
        const a = answers.get(item.code);
        const paragraphs = (a?.text ? a.text.split(/\n+/) : [NO_ANSWER]).map((p) => body(p));
        const figures = a?.figures ?? [];
        return figures.length === 0
          ? paragraphs
          : [
              ...paragraphs,
              ...tableBlock(
                widths,
                ['STT', 'Chỉ tiêu', 'Số liệu', 'Ghi chú'],
                figures.map((f, i) => [
                  String(i + 1),
                  f.label,
                  `${formatValue(f.value)}${f.unit ? ` ${f.unit}` : ''}`,
                  f.note,
                ]),
              ),
            ];
      }),
    ],
  });
}
