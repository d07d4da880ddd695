import { z } from '@kiemtra/domain';
import type { Paragraph, Table } from 'docx';
import { requiredText } from '../layout/frame-schema.js';
import { body, heading, run } from '../layout/text.js';

/** One item of a report template version (report_template_items): headings group, leaves are answered. */
export const outlineItemSchema = z.object({
  code: requiredText('Thiếu mã mục của đề cương.'),
  parentCode: z.string().nullable(),
  title: requiredText('Thiếu tên mục của đề cương.'),
  guidance: z.string().nullable().default(null),
  required: z.boolean().default(true),
});
export type OutlineItem = z.output<typeof outlineItemSchema>;

export const templateSchema = z.object({
  title: requiredText('Thiếu tên đề cương báo cáo.'),
  version: z.number().int().min(1, { error: 'Phiên bản đề cương phải từ 1 trở lên.' }),
  items: z.array(outlineItemSchema).min(1, { error: 'Đề cương phải có ít nhất một mục.' }),
});
export type Template = z.output<typeof templateSchema>;

/** How deep an item sits: I = 1, I.1 = 2, I.1.a = 3. */
const depth = (item: OutlineItem) => item.code.split('.').length;

/**
 * The heading line of an outline item as the Đề cương prints it: "I. KẾT QUẢ ĐẠT ĐƯỢC" (bold,
 * capitals), "1. Công tác chỉ đạo, điều hành" (bold), and "- …" for the bullets under them.
 */
export function outlineItemHeading(item: OutlineItem): Paragraph {
  const last = item.code.split('.').at(-1) ?? item.code;
  switch (depth(item)) {
    case 1:
      return heading(`${last}. ${item.title.toUpperCase()}`);
    case 2:
      return heading(`${last}. ${item.title}`);
    default:
      return body([run(`- ${item.title}`, { italics: true })], { keepNext: true });
  }
}

/**
 * Every item of the template in order, each heading followed by what `answer` gives for it (an
 * answered report, or the lines a unit fills in).
 */
export function outlineBody(
  items: readonly OutlineItem[],
  answer: (item: OutlineItem, isLeaf: boolean) => (Paragraph | Table)[],
): (Paragraph | Table)[] {
  const parents = new Set(items.map((i) => i.parentCode).filter((c): c is string => c !== null));
  return items.flatMap((item) => {
    const isLeaf = !parents.has(item.code);
    return [outlineItemHeading(item), ...answer(item, isLeaf)];
  });
}
