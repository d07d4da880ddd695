import type { InspectionKind } from '../plan/vocabulary.js';

/** How a figure is measured, which decides its check: a count is a whole number ≥ 0, a percentage 0–100. */
export type FigureKind = 'count' | 'percent' | 'amount';

/** One structured figure an outline item asks for, e.g. "Số hồ sơ tiếp nhận" in "hồ sơ". */
export interface FigureField {
  key: string;
  label: string;
  kind: FigureKind;
  /** Vietnamese unit shown beside the number: 'hồ sơ', '%', 'thư'. */
  unit: string;
}

/** A check between two figures of one item: `key` may not exceed `notGreaterThan` (on time ≤ total). */
export interface FigureRule {
  key: string;
  notGreaterThan: string;
}

/** One item of an outline (Đề cương báo cáo): a heading (not required) or a bullet to answer. */
export interface OutlineItem {
  code: string;
  parentCode: string | null;
  title: string;
  guidance: string | null;
  required: boolean;
  figures: readonly FigureField[];
  figureRules: readonly FigureRule[];
}

/** An outline as published: a report keeps the version it was written against. */
export interface OutlineTemplate {
  code: string;
  version: number;
  title: string;
  inspectionKind: InspectionKind;
  items: readonly OutlineItem[];
}

/** A top-level part of the outline (I, II, III) or a numbered section (I.1 … I.7) with its items. */
export interface OutlineSection {
  code: string;
  title: string;
  /** The items to answer in this section, in outline order. */
  items: OutlineItem[];
}

/**
 * The outline cut into the sections a unit fills one at a time: each heading that has answerable
 * children, with those children; an answerable item with no heading above it is its own section.
 * @example sectionsOf(items).map((s) => s.code) // ['I.1', …, 'I.7', 'II', 'III']
 */
export function sectionsOf(items: readonly OutlineItem[]): OutlineSection[] {
  const byParent = new Map<string, OutlineItem[]>();
  for (const item of items) {
    if (item.parentCode === null) continue;
    const list = byParent.get(item.parentCode) ?? [];
    list.push(item);
    byParent.set(item.parentCode, list);
  }
  const sections: OutlineSection[] = [];
  for (const item of items) {
    const children = (byParent.get(item.code) ?? []).filter((c) => !byParent.has(c.code));
    if (children.length > 0) sections.push({ code: item.code, title: item.title, items: children });
    else if (item.parentCode === null && !byParent.has(item.code))
      sections.push({ code: item.code, title: item.title, items: [item] });
  }
  return sections;
}

/** The items a unit writes an answer for: every item that is not a heading of others. */
export function answerableItems(items: readonly OutlineItem[]): OutlineItem[] {
  const parents = new Set(items.map((i) => i.parentCode).filter((c): c is string => c !== null));
  return items.filter((i) => !parents.has(i.code));
}
