import { answerableItems, type OutlineItem, sectionsOf } from './outline.js';
import { isBlankNarrative } from './rich-text.js';

/** What a report holds for one item, as far as progress and submission care. */
export interface AnswerForProgress {
  itemCode: string;
  narrative: string | null;
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
export const isAnswered = (answer: AnswerForProgress | undefined): boolean =>
  answer !== undefined && !isBlankNarrative(answer.narrative);

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
