import { describe, expect, it } from 'vitest';
import { pageCursorOf, pageHref, safeReturnPath } from './page-cursor';

describe('the notifications page’s address', () => {
  const cursor = { createdAt: '2025-04-25T00:05:00.000Z', id: '0b8f3c9e-3f0e-4a51-9d1e-2a7d6c1f4b22' };

  it('reads back the cursor it writes, and ignores anything else', () => {
    const href = pageHref(true, cursor);
    expect(href).toBe(
      '/thong-bao?chua-doc=1&sau=2025-04-25T00%3A05%3A00.000Z_0b8f3c9e-3f0e-4a51-9d1e-2a7d6c1f4b22',
    );
    expect(pageCursorOf(new URL(`http://x${href}`).searchParams.get('sau'))).toEqual(cursor);
    expect(pageCursorOf("' OR 1=1")).toBeNull();
    expect(pageCursorOf(null)).toBeNull();
    expect(pageHref(false, null)).toBe('/thong-bao');
  });

  it('goes only to a path of the portal', () => {
    expect(safeReturnPath('/bao-cao/abc')).toBe('/bao-cao/abc');
    expect(safeReturnPath('//evil.example/x')).toBe('/thong-bao');
    expect(safeReturnPath('https://evil.example')).toBe('/thong-bao');
  });
});
