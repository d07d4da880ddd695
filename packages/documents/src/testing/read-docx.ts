import { strFromU8, unzipSync } from 'fflate';

/** One paragraph of a DOCX: its text and the properties of each of its runs. */
export interface DocxParagraph {
  text: string;
  runs: { text: string; font: string | null; halfPoints: number | null; bold: boolean; italics: boolean }[];
  xml: string;
}

export interface OpenedDocx {
  parts: string[];
  document: string;
  /** Header parts by file name. */
  headers: Record<string, string>;
  settings: string;
  styles: string;
  paragraphs: DocxParagraph[];
  /** All the text of the body, paragraphs joined by newlines. */
  text: string;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function runsOf(paragraphXml: string): DocxParagraph['runs'] {
  return [...paragraphXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>|<w:r [^>]*>([\s\S]*?)<\/w:r>/g)].map((m) => {
    const r = m[1] ?? m[2] ?? '';
    const text = [...r.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)]
      .map((t) => decode(t[1] ?? ''))
      .join('');
    const font = /<w:rFonts [^>]*w:ascii="([^"]+)"/.exec(r)?.[1] ?? null;
    const size = /<w:sz w:val="(\d+)"/.exec(r)?.[1];
    return {
      text,
      font,
      halfPoints: size ? Number(size) : null,
      bold: /<w:b\/>|<w:b w:val="(true|1)"\/>/.test(r),
      italics: /<w:i\/>|<w:i w:val="(true|1)"\/>/.test(r),
    };
  });
}

/** Opens DOCX bytes as what they are, a zip of XML parts, and reads the body's paragraphs. */
export function openDocx(bytes: Uint8Array): OpenedDocx {
  const files = unzipSync(bytes);
  const read = (name: string) => {
    const f = files[name];
    if (!f) throw new Error(`the DOCX has no part ${name}`);
    return strFromU8(f);
  };
  const document = read('word/document.xml');
  const headers: Record<string, string> = {};
  for (const name of Object.keys(files).filter((n) => /^word\/header\d*\.xml$/.test(n)))
    headers[name] = read(name);
  const paragraphs = [...document.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map(
    (m) => {
      const xml = m[0];
      const runs = runsOf(xml);
      return { text: runs.map((r) => r.text).join(''), runs, xml };
    },
  );
  return {
    parts: Object.keys(files),
    document,
    headers,
    settings: files['word/settings.xml'] ? read('word/settings.xml') : '',
    styles: read('word/styles.xml'),
    paragraphs,
    text: paragraphs.map((p) => p.text).join('\n'),
  };
}

/** The first paragraph whose text contains `needle`; throws when there is none. */
export function paragraphWith(doc: OpenedDocx, needle: string): DocxParagraph {
  const found = doc.paragraphs.find((p) => p.text.includes(needle));
  if (!found) throw new Error(`no paragraph contains "${needle}"`);
  return found;
}
