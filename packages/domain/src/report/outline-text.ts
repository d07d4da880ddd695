import type { OutlineItem } from './outline.js';

const OPTIONAL_MARK = '(không bắt buộc)';
const CODE = /^([IVX]+(?:\.[0-9]+)?(?:\.[a-zđ0-9]+)?)\s+(.+)$/u;

/**
 * An outline as text an administrator edits: one item per line, "code title", a line "> …" under
 * an item is its guidance, an answerable item ending in "(không bắt buộc)" is optional. Figures are
 * not written in the text: they are kept from the version being edited, by item code.
 * @example outlineToText(items) // 'I KẾT QUẢ ĐẠT ĐƯỢC\nI.1 Công tác chỉ đạo, điều hành\nI.1.a Công tác ban hành …'
 */
export function outlineToText(items: readonly OutlineItem[]): string {
  const parents = new Set(items.map((i) => i.parentCode));
  return items
    .flatMap((item) => {
      const optional = !parents.has(item.code) && !item.required ? ` ${OPTIONAL_MARK}` : '';
      const lines = [`${item.code} ${item.title}${optional}`];
      if (item.guidance) lines.push(`> ${item.guidance}`);
      return lines;
    })
    .join('\n');
}

export interface OutlineTextIssue {
  code: 'bad_line' | 'guidance_without_item' | 'empty';
  message: string;
  field: string;
}

/**
 * Reads {@link outlineToText}'s format back. An item's parent is the nearest earlier item whose
 * code is a prefix of its own (I.1.a under I.1, I.1 under I); headings are items with children and
 * are never required.
 */
export function parseOutlineText(
  text: string,
  base: readonly OutlineItem[],
): { ok: true; items: OutlineItem[] } | { ok: false; issues: OutlineTextIssue[] } {
  const issues: OutlineTextIssue[] = [];
  const drafts: { code: string; title: string; optional: boolean; guidance: string[] }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    const field = `dong-${index + 1}`;
    if (line === '') return;
    if (line.startsWith('>')) {
      const last = drafts[drafts.length - 1];
      if (!last) {
        issues.push({
          code: 'guidance_without_item',
          field,
          message: `Dòng ${index + 1}: hướng dẫn “>” phải nằm dưới một mục.`,
        });
        return;
      }
      last.guidance.push(line.slice(1).trim());
      return;
    }
    const match = CODE.exec(line);
    if (!match?.[1] || !match[2]) {
      issues.push({
        code: 'bad_line',
        field,
        message: `Dòng ${index + 1}: cần bắt đầu bằng mã mục (ví dụ “I.1.a”) rồi đến nội dung mục.`,
      });
      return;
    }
    const optional = match[2].endsWith(OPTIONAL_MARK);
    const title = optional ? match[2].slice(0, -OPTIONAL_MARK.length).trim() : match[2].trim();
    drafts.push({ code: match[1], title, optional, guidance: [] });
  });
  if (drafts.length === 0 && issues.length === 0)
    issues.push({ code: 'empty', field: 'dong-1', message: 'Đề cương chưa có mục nào.' });
  if (issues.length > 0) return { ok: false, issues };

  const parentOf = (code: string, before: readonly string[]): string | null => {
    const candidates = before.filter((c) => code.startsWith(`${c}.`));
    return candidates.reduce<string | null>(
      (best, c) => (best === null || c.length > best.length ? c : best),
      null,
    );
  };
  const codes = drafts.map((d) => d.code);
  const withParents = drafts.map((d, i) => ({ ...d, parentCode: parentOf(d.code, codes.slice(0, i)) }));
  const parents = new Set(withParents.map((d) => d.parentCode));
  const baseByCode = new Map(base.map((b) => [b.code, b]));
  return {
    ok: true,
    items: withParents.map((d) => {
      const isHeading = parents.has(d.code);
      const kept = baseByCode.get(d.code);
      return {
        code: d.code,
        parentCode: d.parentCode,
        title: d.title,
        guidance: d.guidance.length > 0 ? d.guidance.join(' ') : null,
        required: !isHeading && !d.optional,
        figures: isHeading ? [] : (kept?.figures ?? []),
        figureRules: isHeading ? [] : (kept?.figureRules ?? []),
      };
    }),
  };
}
