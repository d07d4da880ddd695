import { describe, expect, it } from 'vitest';
import { progressPercent, progressText, splitLines } from './round-progress';

describe('the progress of a round of notices', () => {
  it('reads complete lines and keeps an unfinished one for the next chunk', () => {
    const first = splitLines(
      '{"kind":"progress","done":1,"total":3,"unitName":"Sở Công Thương"}\n{"kind":"pro',
      '',
    );
    expect(first.lines).toEqual([{ kind: 'progress', done: 1, total: 3, unitName: 'Sở Công Thương' }]);
    const second = splitLines('gress","done":2,"total":3,"unitName":"Cục Hải quan Bình Định"}\n', first.rest);
    expect(second.lines[0]).toMatchObject({ done: 2, unitName: 'Cục Hải quan Bình Định' });
    expect(second.rest).toBe('');
  });

  it('says how far it got in Vietnamese, and the share done', () => {
    const line = { kind: 'progress', done: 3, total: 12, unitName: 'Sở Công Thương' } as const;
    expect(progressText(line)).toBe('Đã tạo 3/12 thông báo (vừa xong: Sở Công Thương).');
    expect(progressPercent(line)).toBe(25);
    expect(progressText(null)).toBe('Đang chuẩn bị tạo các thông báo…');
    expect(progressPercent({ kind: 'done', total: 12, fileName: 'a.zip', zipBase64: '' })).toBe(100);
    expect(progressText({ kind: 'error', message: 'Lỗi.' })).toBe('Lỗi.');
  });
});
