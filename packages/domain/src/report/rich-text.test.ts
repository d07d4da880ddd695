import { describe, expect, it } from 'vitest';
import { isBlankNarrative, narrativeText, sanitizeNarrative } from './rich-text.js';

describe('sanitizeNarrative', () => {
  it('keeps paragraphs, lists, bold, italics and tables', () => {
    const html =
      '<p>Đã <strong>ban hành</strong> <em>12</em> văn bản.</p><ul><li>Kế hoạch</li></ul><ol><li>Một</li></ol>' +
      '<table><thead><tr><th>Năm</th></tr></thead><tbody><tr><td colspan="2">2024</td></tr></tbody></table>';
    expect(sanitizeNarrative(html)).toBe(html);
  });

  it('drops scripts, event handlers, styles, links and images', () => {
    expect(
      sanitizeNarrative(
        '<p onclick="steal()" style="color:red">Nội dung <a href="javascript:x()">liên kết</a><img src=x onerror=alert(1)></p><script>alert(1)</script><style>p{}</style>',
      ),
    ).toBe('<p>Nội dung liên kết</p>');
  });

  it('turns plain text into paragraphs, escaping what looks like markup', () => {
    expect(sanitizeNarrative('Dòng một\n\nDòng hai & 1 < 2')).toBe(
      '<p>Dòng một</p><p>Dòng hai &amp; 1 &lt; 2</p>',
    );
  });
});

describe('isBlankNarrative', () => {
  it('treats empty paragraphs, spaces and null as no answer', () => {
    expect(isBlankNarrative(null)).toBe(true);
    expect(isBlankNarrative('<p> </p><p><br></p>')).toBe(true);
    expect(isBlankNarrative('<p>&nbsp;</p>')).toBe(true);
    expect(isBlankNarrative('<p>Có</p>')).toBe(false);
  });

  it('reads the words without markup', () => {
    expect(narrativeText('<p>Đã <b>làm</b></p><p>xong</p>')).toBe('Đã làm xong');
  });
});
