import { describe, expect, it } from 'vitest';
import { checkAttachment, MAX_ATTACHMENT_BYTES } from './attachment-rules.js';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('checkAttachment', () => {
  it.each([
    ['ke-hoach.pdf', PDF],
    ['Báo cáo.DOCX', DOCX],
    ['so-lieu.xlsx', XLSX],
    ['anh.png', 'image/png'],
    ['anh.JPG', 'image/jpeg'],
    ['anh.jpeg', 'image/jpeg'],
  ])('accepts %s whose content is %s', (fileName, mediaType) => {
    expect(checkAttachment({ fileName, sizeBytes: 1000, detectedMediaType: mediaType })).toEqual({
      ok: true,
      mediaType,
    });
  });

  it('refuses a program renamed to .pdf: the content decides, not the name', () => {
    const result = checkAttachment({
      fileName: 'bao-cao.pdf',
      sizeBytes: 1000,
      detectedMediaType: 'application/x-msdownload',
    });
    expect(result).toEqual({
      ok: false,
      issue: {
        code: 'content_mismatch',
        message: 'Tệp “bao-cao.pdf” mang đuôi .pdf nhưng nội dung không phải là PDF.',
      },
    });
  });

  it('refuses a text file named .docx whose content is not recognised', () => {
    const result = checkAttachment({ fileName: 'x.docx', sizeBytes: 10, detectedMediaType: null });
    expect(result.ok ? null : result.issue.code).toBe('content_not_recognised');
  });

  it('refuses other extensions, empty files and files over the limit', () => {
    const code = (f: Parameters<typeof checkAttachment>[0]) => {
      const r = checkAttachment(f);
      return r.ok ? null : r.issue.code;
    };
    expect(code({ fileName: 'a.exe', sizeBytes: 10, detectedMediaType: null })).toBe('extension_not_allowed');
    expect(code({ fileName: 'a.doc', sizeBytes: 10, detectedMediaType: null })).toBe('extension_not_allowed');
    expect(code({ fileName: 'a.pdf', sizeBytes: 0, detectedMediaType: PDF })).toBe('empty');
    expect(code({ fileName: 'a.pdf', sizeBytes: MAX_ATTACHMENT_BYTES, detectedMediaType: PDF })).toBe(null);
    expect(code({ fileName: 'a.pdf', sizeBytes: MAX_ATTACHMENT_BYTES + 1, detectedMediaType: PDF })).toBe(
      'too_large',
    );
    expect(code({ fileName: '../a.pdf', sizeBytes: 10, detectedMediaType: PDF })).toBe('bad_name');
  });
});
