import type { InspectionKind } from '../plan/vocabulary.js';
import type { OutlineItem } from './outline.js';
import { answerableItems } from './outline.js';

export interface TemplateIssue {
  code:
    | 'duplicate_item'
    | 'unknown_parent'
    | 'nothing_to_answer'
    | 'duplicate_figure'
    | 'unknown_figure_rule';
  message: string;
  field?: string;
}

/**
 * The checks an outline passes before it is published as a new version: unique item codes, parents
 * that exist and come first, at least one item to answer, unique figure keys per item, figure rules
 * that name the item's own figures.
 */
export function checkOutlineItems(items: readonly OutlineItem[]): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.code))
      issues.push({ code: 'duplicate_item', field: item.code, message: `Mã mục ${item.code} bị trùng.` });
    if (item.parentCode !== null && !seen.has(item.parentCode))
      issues.push({
        code: 'unknown_parent',
        field: item.code,
        message: `Mục ${item.code} thuộc mục ${item.parentCode}, nhưng mục này chưa có ở phía trên.`,
      });
    seen.add(item.code);
    const keys = new Set<string>();
    for (const f of item.figures) {
      if (keys.has(f.key))
        issues.push({
          code: 'duplicate_figure',
          field: item.code,
          message: `Mục ${item.code}: số liệu “${f.key}” bị trùng.`,
        });
      keys.add(f.key);
    }
    for (const r of item.figureRules) {
      if (!keys.has(r.key) || !keys.has(r.notGreaterThan))
        issues.push({
          code: 'unknown_figure_rule',
          field: item.code,
          message: `Mục ${item.code}: quy tắc so sánh “${r.key} ≤ ${r.notGreaterThan}” nêu số liệu không có trong mục.`,
        });
    }
  }
  if (!answerableItems(items).some((i) => i.required))
    issues.push({ code: 'nothing_to_answer', message: 'Đề cương phải có ít nhất một mục bắt buộc trả lời.' });
  return issues;
}

/** The version a newly published outline takes: one more than the highest of its code. */
export const nextTemplateVersion = (existing: readonly number[]): number =>
  existing.length === 0 ? 1 : Math.max(...existing) + 1;

/** A published outline version, as the choice of a new report's outline needs it. */
export interface PublishedTemplate {
  id: string;
  code: string;
  version: number;
  inspectionKind: InspectionKind;
}

/**
 * The outline a new report is written against: the latest published version of the plan's own
 * outline when it is of the inspection's kind; otherwise the latest published outline of that kind
 * (a thematic TTHC visit uses the thematic outline); failing both (an ad-hoc visit, for which no
 * outline is issued), the plan's own outline. Null when there is none at all.
 * @example chooseTemplate({ planTemplateCode: 'de-cuong-toan-dien', inspectionKind: 'comprehensive', published }) // its highest version
 */
export function chooseTemplate(input: {
  planTemplateCode: string | null;
  inspectionKind: InspectionKind;
  published: readonly PublishedTemplate[];
}): PublishedTemplate | null {
  const ofKind = input.published.filter((t) => t.inspectionKind === input.inspectionKind);
  const own = ofKind.filter((t) => t.code === input.planTemplateCode);
  const plansOwn = input.published.filter((t) => t.code === input.planTemplateCode);
  const pool = own.length > 0 ? own : ofKind.length > 0 ? ofKind : plansOwn;
  return pool.reduce<PublishedTemplate | null>(
    (best, t) => (best === null || t.version > best.version ? t : best),
    null,
  );
}
