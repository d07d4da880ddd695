import { describe, expect, it } from 'vitest';
import { outlineToText, parseOutlineText } from './outline-text.js';
import { TTHC_OUTLINE } from './tthc-outline.js';

describe('an outline as editable text', () => {
  it('reads back exactly the outline it wrote, figures kept by code', () => {
    const text = outlineToText(TTHC_OUTLINE.items);
    expect(text.split('\n').slice(0, 3)).toEqual([
      'I KẾT QUẢ THỰC HIỆN',
      'I.1 Việc khắc phục những tồn tại, hạn chế theo nội dung thông báo kết luận kiểm tra của các cơ quan có thẩm quyền từ năm 2021 đến năm 2023',
      '> Nêu từng kiến nghị, kết quả khắc phục; kiến nghị chưa khắc phục xong thì nêu lý do và lộ trình.',
    ]);
    expect(parseOutlineText(text, TTHC_OUTLINE.items)).toEqual({ ok: true, items: TTHC_OUTLINE.items });
  });

  it('finds parents by code, makes headings not required, reads an optional item and new items', () => {
    const result = parseOutlineText(
      'I KẾT QUẢ\nI.1 Chỉ đạo\nI.1.a Văn bản\nI.1.b Hội nghị (không bắt buộc)\n> Nêu số hội nghị.\nII ĐÁNH GIÁ',
      [],
    );
    expect(result.ok && result.items.map((i) => [i.code, i.parentCode, i.required, i.guidance])).toEqual([
      ['I', null, false, null],
      ['I.1', 'I', false, null],
      ['I.1.a', 'I.1', true, null],
      ['I.1.b', 'I.1', false, 'Nêu số hội nghị.'],
      ['II', null, true, null],
    ]);
  });

  it('names the lines it cannot read', () => {
    expect(parseOutlineText('> hướng dẫn trước mục\nkhông có mã', [])).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({ code: 'guidance_without_item', field: 'dong-1' }),
        expect.objectContaining({
          code: 'bad_line',
          message: 'Dòng 2: cần bắt đầu bằng mã mục (ví dụ “I.1.a”) rồi đến nội dung mục.',
        }),
      ],
    });
    expect(parseOutlineText('  \n', [])).toMatchObject({ ok: false, issues: [{ code: 'empty' }] });
  });
});
