import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DOCUMENTS } from '../testing/all-documents.js';
import { convertWithLibreOffice, flat, type PdfReading } from '../testing/libreoffice.js';

/**
 * Every document, opened by LibreOffice and printed to PDF: it must open, keep its Vietnamese text
 * (the fonts embed the diacritics), and number its pages from the second one only.
 */
describe('every document opens in LibreOffice and prints to PDF', () => {
  let readings: Map<string, PdfReading>;
  beforeAll(async () => {
    readings = await convertWithLibreOffice(
      await Promise.all(SAMPLE_DOCUMENTS.map(async (d) => ({ name: d.name, bytes: await d.generate() }))),
    );
  }, 300_000);

  it.each(SAMPLE_DOCUMENTS)(
    '$name: one to four A4 pages with the national title, the kind and the signer',
    ({ name, kind }) => {
      const pdf = readings.get(name);
      expect(pdf).toBeDefined();
      if (!pdf) return;
      expect(pdf.pages).toBeGreaterThanOrEqual(1);
      expect(pdf.pages).toBeLessThanOrEqual(4);
      const first = flat(pdf.pageTexts[0] ?? '');
      expect(first).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(first).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(first).toContain(kind);
      const all = flat(pdf.pageTexts.join('\n'));
      expect(all).toContain('Nơi nhận:');
      expect(all).toMatch(/Lưu: [^.]+\./);
    },
  );

  it.each(SAMPLE_DOCUMENTS)(
    '$name: no number on page 1, the page number at the top of each later page',
    ({ name }) => {
      const pdf = readings.get(name);
      if (!pdf) throw new Error(`no PDF for ${name}`);
      expect(
        pdf.pageTexts[0]?.trimStart().startsWith('CỘNG HÒA') ||
          pdf.pageTexts[0]?.trimStart().startsWith('UBND') ||
          pdf.pageTexts[0]?.trimStart().startsWith('SỞ'),
      ).toBe(true);
      pdf.pageTexts.slice(1).forEach((text, i) => {
        expect(text.trimStart().split('\n')[0]?.trim()).toBe(String(i + 2));
      });
    },
  );

  it('keeps the Vietnamese of the body: the conclusion names the responsibility and the due date', () => {
    const text = flat(readings.get('thong-bao-ket-luan')?.pageTexts.join('\n') ?? '');
    expect(text).toContain('Trách nhiệm thuộc về Ông Lê Văn Tín, Chánh Văn phòng.');
    expect(text).toContain('thời hạn hoàn thành: 30/06/2024');
  });

  it('keeps the schedule table: units and dates dd/mm/yyyy', () => {
    const text = flat(readings.get('thong-bao-lich-kiem-tra')?.pageTexts.join('\n') ?? '');
    expect(text).toContain('Sở Kế hoạch và Đầu tư');
    expect(text).toContain('07/05/2024');
  });

  it('prints at least one document long enough to carry a page number', () => {
    expect([...readings.values()].some((r) => r.pages >= 2)).toBe(true);
  });
});
