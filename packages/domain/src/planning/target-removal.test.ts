import { describe, expect, it } from 'vitest';
import { checkTargetRemoval } from './target-removal.js';

describe('checkTargetRemoval', () => {
  it('lets a target go while its visits are only planned or scheduled', () => {
    expect(
      checkTargetRemoval({ unitName: 'Sở Công Thương', visitStatuses: ['planned', 'scheduled'] }),
    ).toEqual({
      ok: true,
    });
  });

  it('keeps a target whose unit has been notified, and says why', () => {
    const result = checkTargetRemoval({
      unitName: 'Sở Công Thương',
      visitStatuses: ['scheduled', 'notified'],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toContain('Đã thông báo');
  });
});
