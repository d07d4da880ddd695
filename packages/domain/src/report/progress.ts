import { answerableItems, type OutlineItem, sectionsOf } from './outline.js';
import { isBlankNarrative } from './rich-text.js';

/**
 * What a report holds for one item, as far as progress and submission care: whether its narrative
 * has words, decided once when it is saved (see narrativeHasText), never again on each read.
 */
export interface AnswerForProgress {
  itemCode: string;
  hasText: boolean;
}

export interface MissingItem {
  code: string;
  title: string;
}

export interface SectionProgress {
  code: string;
  title: string;
  answered: number;
  required: number;
}

export interface ReportProgress {
  /** Required items with a written answer. */
  answered: number;
  required: number;
  missing: MissingItem[];
  sections: SectionProgress[];
}

/** True when an item's narrative holds words; figures alone are not an answer (they are optional). */
export const isAnswered = (answer: AnswerForProgress | undefined): boolean => answer?.hasText === true;

/** What a saved narrative's `hasText` is: true when it holds words (empty paragraphs do not count). */
export const narrativeHasText = (html: string): boolean => !isBlankNarrative(html);

/**
 * How far a report is: required items answered out of all required, overall and per section, and
 * which required items are still empty (the list shown when a submission is refused).
 * @example reportProgress(items, []).missing[0].code // 'I.1.a'
 */
export function reportProgress(
  items: readonly OutlineItem[],
  answers: readonly AnswerForProgress[],
): ReportProgress {
  const byCode = new Map(answers.map((a) => [a.itemCode, a]));
  const requiredItems = answerableItems(items).filter((i) => i.required);
  const missing = requiredItems
    .filter((i) => !isAnswered(byCode.get(i.code)))
    .map((i) => ({ code: i.code, title: i.title }));
  const sections = sectionsOf(items).map((s) => {
    const required = s.items.filter((i) => i.required);
    return {
      code: s.code,
      title: s.title,
      required: required.length,
      answered: required.filter((i) => isAnswered(byCode.get(i.code))).length,
    };
  });
  return {
    answered: requiredItems.length - missing.length,
    required: requiredItems.length,
    missing,
    sections,
  };
}
