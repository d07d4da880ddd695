import { describe, expect, it } from 'vitest';
import { decodeJobCursor, encodeJobCursor, jobErrorMessage, jobListInput } from './job-list.schemas.js';

describe('the jobs page filters', () => {
  it('takes a state group, a job name and a cursor it wrote', () => {
    const cursor = encodeJobCursor({
      at: '2026-12-07T03:00:00.123456Z',
      id: 'a5b6c7d8-1234-8abc-9def-0123456789ab',
    });
    expect(jobListInput.parse({ state: 'failed', name: 'email.send', cursor })).toEqual({
      state: 'failed',
      name: 'email.send',
      cursor,
    });
    expect(jobListInput.parse({ state: 'pending', name: '' })).toEqual({ state: 'pending' });
  });
  it('refuses what it did not offer, in Vietnamese', () => {
    const messages = (input: unknown) => jobListInput.safeParse(input).error?.issues.map((i) => i.message);
    expect(messages({ state: 'all' })).toEqual([
      'Hãy chọn trạng thái: đang chờ, đang chạy, đã xong hoặc thất bại.',
    ]);
    expect(messages({ state: 'done', name: 'DROP TABLE' })).toEqual([
      'Hãy chọn loại công việc trong danh sách.',
    ]);
    expect(messages({ state: 'done', name: 'a'.repeat(101) })).toContain(
      'Loại công việc dài tối đa 100 ký tự.',
    );
    expect(messages({ state: 'done', cursor: 'x' })).toEqual(['Trang không hợp lệ; hãy mở lại danh sách.']);
  });
  it('reads back a cursor exactly, and nothing else', () => {
    const cursor = { at: '2026-12-07T03:00:00.000001Z', id: '00000000-0000-8000-8000-000000000000' };
    expect(decodeJobCursor(encodeJobCursor(cursor))).toEqual(cursor);
    expect(decodeJobCursor('2026-12-07T03:00:00.123Z_1')).toBeNull();
  });
});

describe('a failed job’s error, as the administrator reads it', () => {
  it('is the message alone, trimmed and cut at 500 characters', () => {
    expect(jobErrorMessage({ message: ' 550 5.1.1 Hộp thư không tồn tại ', stack: 'Error: at …' })).toBe(
      '550 5.1.1 Hộp thư không tồn tại',
    );
    const long = jobErrorMessage({ message: 'x'.repeat(600) });
    expect(long).toHaveLength(500);
    expect(long?.endsWith('…')).toBe(true);
  });
  it('is nothing for a result that is no error', () => {
    expect(jobErrorMessage(null)).toBeNull();
    expect(jobErrorMessage({ messageId: '<a@b>' })).toBeNull();
    expect(jobErrorMessage({ message: '' })).toBeNull();
    expect(jobErrorMessage('boom')).toBeNull();
  });
});
