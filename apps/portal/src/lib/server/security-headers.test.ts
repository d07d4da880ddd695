import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.js';

describe('securityHeaders', () => {
  it('forbids sniffing and framing on every answer, HSTS only over https', () => {
    const plain = securityHeaders({ https: false, signedIn: false });
    expect(plain).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
    expect(plain['strict-transport-security']).toBeUndefined();
    expect(securityHeaders({ https: true, signedIn: false })['strict-transport-security']).toContain(
      'max-age=',
    );
  });

  it('never lets a signed-in page be stored', () => {
    expect(securityHeaders({ https: false, signedIn: true })['cache-control']).toBe('no-store');
    expect(securityHeaders({ https: false, signedIn: false })['cache-control']).toBeUndefined();
  });
});
