import superjson from 'superjson';

export interface RawAnswer {
  status: number;
  /** The answer's data, or the error's shape (message, data.code…), as the client would read it. */
  body: unknown;
}

/**
 * One tRPC call as plain HTTP, unbatched, with the headers given (a session cookie, an
 * Idempotency-Key…): what a retrying API client sends.
 */
export async function rawCall(
  url: string,
  type: 'query' | 'mutation',
  path: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const serialized = JSON.stringify(superjson.serialize(input));
  const response =
    type === 'query'
      ? await fetch(`${url}/trpc/${path}?input=${encodeURIComponent(serialized)}`, { headers })
      : await fetch(`${url}/trpc/${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: serialized,
        });
  const text = await response.text();
  let parsed: { result?: { data?: unknown }; error?: unknown } = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    return { status: response.status, body: text };
  }
  const payload = parsed.result?.data ?? parsed.error;
  const body =
    payload && typeof payload === 'object' && 'json' in payload
      ? superjson.deserialize(payload as Parameters<typeof superjson.deserialize>[0])
      : payload;
  return { status: response.status, body };
}
