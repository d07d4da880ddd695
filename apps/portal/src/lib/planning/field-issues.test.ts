import { describe, expect, it } from 'vitest';
import { fieldByPrefix, issuesByField, messagesOf } from './field-issues';

const fieldOf = fieldByPrefix({
  'decision.number': 'decisionNumber',
  purposes: 'purposes',
  window: 'windowStart',
});

describe('issuesByField', () => {
  it('puts each message beside the field its path names, by the longest known prefix', () => {
    const messages = issuesByField(
      [
        { path: 'decision.number', message: 'Chưa có số quyết định.' },
        { path: 'purposes.2', message: 'Mỗi mục đích phải có nội dung.' },
        { path: 'window', message: 'Hãy nhập thời gian kiểm tra.' },
      ],
      fieldOf,
    );
    expect(messages).toEqual({
      decisionNumber: ['Chưa có số quyết định.'],
      purposes: ['Mỗi mục đích phải có nội dung.'],
      windowStart: ['Hãy nhập thời gian kiểm tra.'],
    });
  });

  it('keeps a message about no field of the form under "form", once', () => {
    const messages = issuesByField(
      [
        { path: '', message: 'Kế hoạch chưa có đối tượng kiểm tra.' },
        { path: 'targets', message: 'Kế hoạch chưa có đối tượng kiểm tra.' },
      ],
      fieldOf,
    );
    expect(messages).toEqual({ form: ['Kế hoạch chưa có đối tượng kiểm tra.'] });
  });

  it('reads no messages for a field without any', () => {
    expect(messagesOf({ form: ['x'] }, 'title')).toEqual([]);
    expect(messagesOf(null, 'title')).toEqual([]);
  });
});
