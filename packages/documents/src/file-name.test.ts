import { describe, expect, it } from 'vitest';
import { asciiFileName, contentDisposition, safeFileName } from './file-name.js';

describe('download file names', () => {
  it('keeps Vietnamese letters and replaces what a file system refuses', () => {
    expect(safeFileName('Thông báo lịch kiểm tra: Sở Công Thương', 'docx')).toBe(
      'Thông báo lịch kiểm tra - Sở Công Thương.docx',
    );
    expect(safeFileName('Quyết định 68/QĐ-SNV', 'docx')).toBe('Quyết định 68 - QĐ-SNV.docx');
    expect(safeFileName('a*b?c"d<e>f|g\\h', 'zip')).toBe('abcdef - g - h.zip');
  });

  it('normalises to NFC so that a decomposed "ệ" becomes one character', () => {
    const decomposed = 'Kê\u0301 hoa\u0323ch';
    expect(safeFileName(decomposed, 'xlsx')).toBe('Kế hoạch.xlsx');
  });

  it('drops control characters, leading dots and surplus spaces', () => {
    expect(safeFileName('..\u0000  Biên   bản\n', 'docx')).toBe('Biên bản.docx');
  });

  it('gives a name to an empty title and caps a long one at 150 characters', () => {
    expect(safeFileName('  ', 'docx')).toBe('tai-lieu.docx');
    expect(safeFileName('Đ'.repeat(400), 'docx')).toBe(`${'Đ'.repeat(150)}.docx`);
  });

  it('offers an ASCII fallback and the UTF-8 name by RFC 5987', () => {
    expect(asciiFileName('Đề cương báo cáo.docx')).toBe('De cuong bao cao.docx');
    const header = contentDisposition("Thông báo (đợt 1) 'x'.docx");
    expect(header).toBe(
      `attachment; filename="Thong bao (dot 1) 'x'.docx"; filename*=UTF-8''Th%C3%B4ng%20b%C3%A1o%20%28%C4%91%E1%BB%A3t%201%29%20%27x%27.docx`,
    );
    expect(decodeURIComponent(header.split("UTF-8''")[1] ?? '')).toBe("Thông báo (đợt 1) 'x'.docx");
  });
});
