import { describe, expect, it } from 'vitest';
import { compareTargetCount, planTargetCount } from './target-count.js';

describe('compareTargetCount', () => {
  it('shows the seed plan has more targets than the 22 it expects', () => {
    const c = compareTargetCount(22, 14, 15);
    expect(c).toMatchObject({ expected: 22, actual: 29, difference: 7 });
    expect(c.message).toBe(
      'Thực tế 29 đối tượng (14 đối tượng chính và 15 đơn vị cấp xã), nhiều hơn 7 so với số dự kiến 22.',
    );
  });
  it('says when the count matches', () => {
    expect(compareTargetCount(3, 2, 1).message).toBe(
      'Đúng số dự kiến: 3 đối tượng (2 đối tượng chính và 1 đơn vị cấp xã).',
    );
  });
  it('says when there are fewer', () => {
    expect(compareTargetCount(5, 2, 1).difference).toBe(-2);
  });
  it('copes with a plan that expects no number', () => {
    expect(compareTargetCount(null, 2, 0).message).toBe('Kế hoạch có 2 đối tượng kiểm tra.');
  });
});

describe('planTargetCount', () => {
  it('counts each target and each of its communes, as compareTargetCount does', () => {
    const count = planTargetCount(22, [{ subUnits: [1, 2] }, { subUnits: [] }, { subUnits: [3] }]);
    expect(count).toEqual(compareTargetCount(22, 3, 3));
    expect(count.actual).toBe(6);
  });
});
