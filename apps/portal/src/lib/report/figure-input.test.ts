import { describe, expect, it } from 'vitest';
import { figuresFromForm, figureText, parseVietnameseNumber } from './figure-input';

describe('parseVietnameseNumber', () => {
  it.each([
    ['1250', 1250],
    ['1.250', 1250],
    ['1.250.000', 1250000],
    ['1 250', 1250],
    ['12,5', 12.5],
    ['1.250,75', 1250.75],
    ['12.5', 12.5],
    ['-3', -3],
  ])('reads %s as %d', (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value);
  });

  it('reads an empty field as no figure and words as not a number', () => {
    expect(parseVietnameseNumber('  ')).toBeNull();
    expect(parseVietnameseNumber('mười')).toBeNaN();
    expect(parseVietnameseNumber('12,5,1')).toBeNaN();
  });
});

describe('figuresFromForm', () => {
  it('collects the figures by key and names a field that is not a number', () => {
    const form = new FormData();
    form.set('figure.received', '1.250');
    form.set('figure.rate', '');
    form.set('figure.late', 'nhiều');
    const result = figuresFromForm(form, [
      { key: 'received', label: 'Số hồ sơ tiếp nhận' },
      { key: 'rate', label: 'Tỷ lệ' },
      { key: 'late', label: 'Số hồ sơ trễ hạn' },
      { key: 'absent', label: 'Không có trong form' },
    ]);
    expect(result.figures).toEqual({ received: 1250, rate: null });
    expect(result.errors).toEqual([
      { field: 'late', message: '“Số hồ sơ trễ hạn” phải là một số, ví dụ 1250 hoặc 12,5.' },
    ]);
  });

  it('shows a figure with a decimal comma', () => {
    expect(figureText(12.5)).toBe('12,5');
    expect(figureText(null)).toBe('');
  });
});
