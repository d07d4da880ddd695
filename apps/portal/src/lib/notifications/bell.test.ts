import { describe, expect, it } from 'vitest';
import { bellLabel } from './bell';

describe('bellLabel', () => {
  it('says how many are unread, or that none is', () => {
    expect(bellLabel(0)).toBe('Thông báo: không có thông báo chưa đọc');
    expect(bellLabel(3)).toBe('Thông báo: 3 thông báo chưa đọc');
  });
});
