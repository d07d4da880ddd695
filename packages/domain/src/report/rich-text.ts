import sanitizeHtml from 'sanitize-html';

/**
 * The formatting a narrative answer may carry: paragraphs, line breaks, lists, bold, italics and
 * tables. Everything else (scripts, styles, links, images, event handlers) is dropped, so a report
 * can be shown to inspectors as HTML without risk.
 */
export const ALLOWED_NARRATIVE_TAGS = [
  'p',
  'br',
  'ul',
  'ol',
  'li',
  'strong',
  'b',
  'em',
  'i',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
] as const;

/** The most a narrative may hold after cleaning, so that one answer cannot swell a report without end. */
export const MAX_NARRATIVE_LENGTH = 200_000;

/**
 * The narrative as it may be stored and shown: only {@link ALLOWED_NARRATIVE_TAGS}, the colspan and
 * rowspan of table cells, no other attribute. Plain text (no tags) becomes paragraphs, one per line.
 * @example sanitizeNarrative('<p onclick="x()">Đã <b>ban hành</b></p><script>1</script>') // '<p>Đã <b>ban hành</b></p>'
 */
export function sanitizeNarrative(input: string): string {
  const html = /<[a-z][\s\S]*>/i.test(input) ? input : plainTextToHtml(input);
  return sanitizeHtml(html, {
    allowedTags: [...ALLOWED_NARRATIVE_TAGS],
    allowedAttributes: { td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
    disallowedTagsMode: 'discard',
  }).trim();
}

function plainTextToHtml(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The words of a narrative without its markup, for checking that something was written. */
export function narrativeText(html: string): string {
  // Blocks and line breaks separate words once the tags are gone.
  const spaced = html.replace(/<\/(p|li|td|th|tr)>|<br\s*\/?>/gi, ' ');
  return sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when a narrative holds no words (empty paragraphs and spaces do not count as an answer). */
export const isBlankNarrative = (html: string | null | undefined): boolean =>
  html === null || html === undefined || narrativeText(html) === '';
