import { validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { REST_OPERATIONS } from './operations/index.js';

let server: TestServer;
let document: Record<string, unknown> & { paths: Record<string, Record<string, Record<string, unknown>>> };

beforeAll(async () => {
  server = await startTestServer();
  const response = await fetch(`${server.url}/api/v1/openapi.json`);
  expect(response.status).toBe(200);
  document = (await response.json()) as typeof document;
});
afterAll(async () => server?.close());

describe('the OpenAPI document at /api/v1/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document (@readme/openapi-parser)', async () => {
    expect(document.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    // The validator is not a formality: a document missing its info is refused.
    const { info: _info, ...broken } = structuredClone(document);
    expect((await validate(broken as never)).valid).toBe(false);
  });

  it('describes every operation in Vietnamese, with an example answer and the problem+json refusals', () => {
    const operations = Object.values(document.paths).flatMap((p) => Object.values(p));
    // Every operation of the handler, and the token endpoint.
    expect(operations).toHaveLength(REST_OPERATIONS.length + 1);
    for (const op of operations) {
      expect(op.summary, String(op.operationId)).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/i);
      const responses = op.responses as Record<
        string,
        { description: string; content?: Record<string, { example?: unknown }> }
      >;
      const ok = responses['200'] ?? responses['201'];
      const json = ok?.content?.['application/json'];
      // A JSON answer shows an example; a file says what it is.
      if (json) expect(json.example, String(op.operationId)).toBeDefined();
      else expect(ok?.description, String(op.operationId)).toMatch(/tệp/i);
      for (const parameter of (op.parameters ?? []) as { in: string; name: string; example?: unknown }[]) {
        if (parameter.in === 'path' || parameter.in === 'header')
          expect(parameter.example, `${op.operationId} ${parameter.name}`).toBeDefined();
      }
      const refusal = op.operationId === 'oauthToken' ? '401' : '403';
      expect(responses[refusal]?.content?.['application/problem+json']).toBeDefined();
    }
  });
});

describe('the documentation page at /api/v1/docs', () => {
  it('is served by the API with its script, in Vietnamese, reading the document', async () => {
    const page = await fetch(`${server.url}/api/v1/docs/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Tài liệu giao diện kết nối của kiemtra');
    expect(html).toContain('/api/v1/openapi.json');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const script = await fetch(`${server.url}/api/v1/docs/js/scalar.js`);
    expect(script.status).toBe(200);
    expect((await script.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
  });
});
