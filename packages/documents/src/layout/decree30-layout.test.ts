import { describe, expect, it } from 'vitest';
import { SAMPLE_DOCUMENTS } from '../testing/all-documents.js';
import { openDocx, paragraphWith } from '../testing/read-docx.js';

describe.each(SAMPLE_DOCUMENTS)('$name follows the layout of Decree 30/2020', ({ kind, generate }) => {
  it('is a DOCX package with the document, styles, settings and two headers', async () => {
    const doc = openDocx(await generate());
    expect(doc.parts).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        'word/document.xml',
        'word/styles.xml',
        'word/settings.xml',
      ]),
    );
    expect(Object.keys(doc.headers)).toHaveLength(2);
  });

  it('is A4 portrait with margins 20 mm top and bottom, 30 mm left, 15 mm right', async () => {
    const doc = openDocx(await generate());
    expect(doc.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(doc.document)?.[1] ?? '';
    expect(margin).toContain('w:top="1134"');
    expect(margin).toContain('w:bottom="1134"');
    expect(margin).toContain('w:left="1701"');
    expect(margin).toContain('w:right="850"');
  });

  it('numbers pages in the top margin from the second page: a PAGE field in the default header, none on the first', async () => {
    const doc = openDocx(await generate());
    expect(doc.document).toContain('<w:titlePg/>');
    const withField = Object.values(doc.headers).filter((h) =>
      h.includes('<w:instrText xml:space="preserve">PAGE</w:instrText>'),
    );
    const empty = Object.values(doc.headers).filter((h) => !h.includes('PAGE'));
    expect(withField).toHaveLength(1);
    expect(withField[0]).toContain('<w:jc w:val="center"/>');
    expect(withField[0]).toContain('<w:sz w:val="28"/>');
    expect(empty).toHaveLength(1);
    const firstId = /<w:headerReference w:type="first" r:id="(rId\d+)"/.exec(doc.document)?.[1];
    const defaultId = /<w:headerReference w:type="default" r:id="(rId\d+)"/.exec(doc.document)?.[1];
    expect(firstId).toBeDefined();
    expect(defaultId).toBeDefined();
    expect(firstId).not.toBe(defaultId);
  });

  it('sets every run in Times New Roman, the default 14 pt', async () => {
    const doc = openDocx(await generate());
    const runs = doc.paragraphs.flatMap((p) => p.runs).filter((r) => r.text.trim() !== '');
    expect(runs.length).toBeGreaterThan(10);
    expect(runs.every((r) => r.font === 'Times New Roman')).toBe(true);
    expect(doc.styles).toMatch(
      /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*\/><w:sz w:val="28"\/>/,
    );
  });

  it('prints Quốc hiệu bold 12 pt and Tiêu ngữ bold 13 pt, the kind bold 14 pt', async () => {
    const doc = openDocx(await generate());
    const title = paragraphWith(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').runs[0];
    expect(title).toMatchObject({ bold: true, halfPoints: 24 });
    const motto = paragraphWith(doc, 'Độc lập - Tự do - Hạnh phúc').runs[0];
    expect(motto).toMatchObject({ bold: true, halfPoints: 26 });
    const kindLine = doc.paragraphs.find((p) => p.text === kind);
    expect(kindLine?.runs[0]).toMatchObject({ bold: true, halfPoints: 28 });
  });

  it('prints the place and date in italics and the number as "Số: …/…" at 13 pt', async () => {
    const doc = openDocx(await generate());
    const date = paragraphWith(doc, 'Bình Định, ngày').runs[0];
    expect(date).toMatchObject({ italics: true, halfPoints: 28 });
    const number = paragraphWith(doc, 'Số:');
    expect(number.text).toMatch(/^Số: (\d{2,}| +)\/[\p{Lu}]+-[\p{Lu}]+$/u);
    expect(number.runs[0]?.halfPoints).toBe(26);
  });

  it('lists the recipients under "Nơi nhận:" 12 pt bold italic, 11 pt lines ending with "- Lưu: …."', async () => {
    const doc = openDocx(await generate());
    const label = paragraphWith(doc, 'Nơi nhận:').runs[0];
    expect(label).toMatchObject({ bold: true, italics: true, halfPoints: 24 });
    const archive = doc.paragraphs.find((p) => p.text.startsWith('- Lưu: '));
    expect(archive?.text).toMatch(/^- Lưu: VT?[^;]*\.$|^- Lưu: [^;]+\.$/);
    expect(archive?.runs[0]?.halfPoints).toBe(22);
  });
});
